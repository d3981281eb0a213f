import { isBuiltinToolId, type BuiltinToolId, type ToolId } from '@/lib/contexts/types';

const marks: Record<BuiltinToolId, { letter: string; color: string }> = {
  linkedin: { letter: 'in', color: '#0a66c2' },
  excel: { letter: 'X', color: '#107c41' },
  tableau: { letter: 'T', color: '#e97627' },
  chatgpt: { letter: 'G', color: '#10a37f' },
};

/** A small coloured mark for a tool (decorative: the name is always written beside it). */
export function ToolIcon({ tool, size = 36 }: { tool: ToolId; size?: number }) {
  // A taught tool gets the first letter of its id's name part (`custom-expenses-…` → E) on a neutral colour.
  const { letter, color } = isBuiltinToolId(tool) ? marks[tool] : { letter: (tool.split('-')[1] ?? '?').charAt(0).toUpperCase(), color: '#5b6470' };
  return (
    <span className="tool-icon" aria-hidden="true" style={{ background: color, width: size, height: size, fontSize: size * 0.42 }}>
      {letter}
    </span>
  );
}
