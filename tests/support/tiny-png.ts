import sharp from 'sharp'

/** A real (small) PNG for upload tests, drawn from an SVG so no binary fixture lives in the repo. */
export const tinyPng = async ({ size = 16, color = '#0b5c59' }: { size?: number; color?: string } = {}): Promise<Buffer> =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${color}"/></svg>`))
    .png()
    .toBuffer()
