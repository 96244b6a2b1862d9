import { Combobox, Group, Text, Textarea, useCombobox } from '@mantine/core';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useMentionCandidates } from '../hooks/useMentionCandidates';
import { insertMention, mentionQueryAt } from '../mention-text';

interface MentionTextareaProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
  error?: string | null;
  autoFocus?: boolean;
  testId?: string;
  /** Ctrl/Cmd+Enter. */
  onSubmit?: () => void;
}

/**
 * A Markdown textarea in which typing `@` and part of a name offers people to mention; choosing one inserts `@` and
 * their email (what the API reads as a mention).
 */
export function MentionTextarea({
  value,
  onChange,
  label,
  placeholder,
  error,
  autoFocus,
  testId,
  onSubmit,
}: MentionTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string; caret: number } | null>(null);
  const search = useDeferredValue(mention ? mention.query : null);
  const { candidates } = useMentionCandidates(search);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const open = mention !== null && candidates.length > 0;
  const firstEmail = candidates[0]?.email;
  // The first person is chosen on Enter unless the arrows pick another.
  useEffect(() => {
    if (open) combobox.selectFirstOption();
  }, [open, firstEmail, combobox]);

  const track = (text: string, caret: number) => {
    const found = mentionQueryAt(text, caret);
    setMention(found ? { ...found, caret } : null);
    if (found) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const choose = (email: string) => {
    if (!mention) return;
    const next = insertMention(value, mention.start, mention.caret, email);
    onChange(next.text);
    setMention(null);
    combobox.closeDropdown();
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal={false} position="bottom-start">
      <Combobox.Target targetType="input" withKeyboardNavigation={open}>
        <Textarea
          ref={ref}
          label={label}
          description="Markdown. Type @ and a name to mention someone."
          placeholder={placeholder}
          value={value}
          error={error}
          autoFocus={autoFocus}
          autosize
          minRows={2}
          maxRows={12}
          data-testid={testId}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
            onChange(event.currentTarget.value);
            track(event.currentTarget.value, event.currentTarget.selectionStart);
          }}
          onClick={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
          onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
            if (event.key === 'Escape' && open) {
              event.preventDefault();
              setMention(null);
              combobox.closeDropdown();
            }
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && onSubmit) {
              event.preventDefault();
              onSubmit();
            }
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!open} data-testid="mention-options">
        <Combobox.Options aria-label="People to mention">
          {candidates.map((person) => (
            <Combobox.Option value={person.email!} key={person.id} data-testid="mention-option">
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {person.name}
                </Text>
                {/* Inherits the option's colour, so it stays readable on the highlighted option too. */}
                <Text size="xs" truncate style={{ opacity: 0.8 }}>
                  {person.title ?? person.email}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
