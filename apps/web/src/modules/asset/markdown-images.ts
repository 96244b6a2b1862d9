/**
 * The address to load an asset body's image from, if it is Byline's own (a relative path such as an attachment's
 * `/attachments/<id>`, or this origin); null for anything else. Loading another host's image would tell that host
 * who opened which asset and when, so those images are only offered as links.
 */
export function ownImageSource(src: string | undefined, origin: string): string | null {
  if (!src) {
    return null;
  }
  try {
    return new URL(src, origin).origin === origin ? src : null;
  } catch {
    return null;
  }
}
