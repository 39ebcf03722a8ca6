export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1d4f91" />
      <path d="M9 9h14v10h-8l-4 4v-4H9Z" fill="#fff" />
    </svg>
  );
}
