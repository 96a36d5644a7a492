import { useId } from 'react';

/** A secret input: never autocompleted, never echoed anywhere else. */
export function SecretField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  autoComplete?: 'current-password' | 'new-password' | 'off';
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {props.label}
      </label>
      <input
        id={id}
        type="password"
        spellCheck={false}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className="w-80 max-w-full rounded-md border border-slate-300 px-2 py-1 font-mono"
      />
    </div>
  );
}
