import sharp from 'sharp'

/** A generated illustration (video window + chat bubbles), so the demo needs no image files in the repo. */
export const demoImage = async (): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="#e8f1ef"/>
  <rect x="120" y="110" width="940" height="620" rx="36" fill="#0b5c59"/>
  <circle cx="590" cy="380" r="120" fill="#cfe3df"/>
  <rect x="440" y="520" width="300" height="150" rx="75" fill="#cfe3df"/>
  <rect x="1120" y="160" width="380" height="110" rx="28" fill="#ffffff"/>
  <rect x="1160" y="320" width="340" height="110" rx="28" fill="#0b5c59" opacity="0.85"/>
  <rect x="1120" y="480" width="380" height="110" rx="28" fill="#ffffff"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
