/**
 * How attachments read on screen, without the API schemas (small bundles import this): which types
 * are previewed inline and how sizes are written.
 */

const MB = 1024 * 1024;

/** Raster images shown inline (`<img>` previews); anything else, SVG and HTML included, is downloaded. */
export const INLINE_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** The type without parameters, lower case: `Image/PNG; x=1` → `image/png`. */
export function bareType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

export function isInlineImage(contentType: string): boolean {
  return INLINE_IMAGE_TYPES.includes(bareType(contentType));
}

/** "1.4 MB", "820 KB", "12 bytes". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / MB;
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
