import { Badge, Group } from '@mantine/core';

/** A question's industries, buyer roles and products as badges. */
export function QuestionTopics({
  topics,
}: {
  topics: { industries: string[]; buyerRoles: string[]; products: string[] };
}) {
  const all = [
    ...topics.industries.map((t) => ({ t, color: 'blue' })),
    ...topics.buyerRoles.map((t) => ({ t, color: 'grape' })),
    ...topics.products.map((t) => ({ t, color: 'teal' })),
  ];
  if (!all.length) return null;
  return (
    <Group gap={6} wrap="wrap">
      {all.map(({ t, color }) => (
        <Badge key={`${color}-${t}`} variant="light" color={color} size="sm" tt="none">
          {t}
        </Badge>
      ))}
    </Group>
  );
}
