/** The two tabs of the model browser. */
export type PackTab = 'mmssc' | 'scom';

/** Which tab holds the element of a deep link: "scom-…" the operating model, anything else the MMSSC. */
export function tabOfTarget(target: string): PackTab {
  return target.startsWith('scom-') ? 'scom' : 'mmssc';
}
