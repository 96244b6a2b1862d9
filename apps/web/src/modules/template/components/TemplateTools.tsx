import { Button, Group, Menu } from '@mantine/core';
import { LockIcon, PlusIcon } from '../../../ui/icons';
import { useTemplatePlaceholders } from '../hooks/useTemplates';

interface TemplateToolsProps {
  /** Inserts text at the body's cursor. */
  onInsert: (text: string) => void;
}

/** The template editor's inserts: a placeholder from the server's list, or a locked section. */
export function TemplateTools({ onInsert }: TemplateToolsProps) {
  const placeholders = useTemplatePlaceholders();
  return (
    <Group gap="xs" data-testid="template-tools">
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="light" leftSection={<PlusIcon size={14} />}>
            Placeholder
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {placeholders.map((p) => (
            <Menu.Item
              key={p.key}
              onClick={() => onInsert(`{{${p.key}}}`)}
              rightSection={<code>{`{{${p.key}}}`}</code>}
            >
              {p.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        size="xs"
        variant="light"
        leftSection={<LockIcon size={14} />}
        onClick={() => onInsert('\n{{#locked}}\n## Terms\n\n{{/locked}}\n')}
      >
        Locked section
      </Button>
    </Group>
  );
}
