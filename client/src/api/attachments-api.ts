export const attachmentKeys = {
  dataUrl: (id: string) => ['attachments', 'data-url', id] as const,
};

/** A stored file as a data: URL, fetched with the session, for a sandboxed frame that has none of its own. */
export async function fetchAttachmentDataUrl(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`Attachment answered ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The attachment could not be read'));
    reader.readAsDataURL(blob);
  });
}
