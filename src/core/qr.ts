/** QR codes generated at build time (SVG, no network), e.g. for handouts that point online. */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  // Decorative markup from the library; the caller supplies the accessible name.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
