/**
 * Collisions in the charts of a page, as Chromium lays them out: every text of a visible chart against every
 * other text and against every reference line (Plot rule marks, which renderSvg tags data-mark="rule"). Runs in
 * the page (page.evaluate); boxes are the rendered ones, shrunk by a pixel so that touching is not colliding.
 */
export interface Collision {
  chart: string;
  a: string;
  b: string;
}

export function chartCollisions(): Collision[] {
  const SHRINK = 1;
  type Box = { left: number; right: number; top: number; bottom: number };
  const box = (element: Element): Box => {
    const rect = element.getBoundingClientRect();
    return { left: rect.left + SHRINK, right: rect.right - SHRINK, top: rect.top + SHRINK, bottom: rect.bottom - SHRINK };
  };
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const found: Collision[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"], .figure svg[role="img"]')) {
    if (!svg.checkVisibility()) continue;
    const texts = [...svg.querySelectorAll('text')].filter((text) => (text.textContent ?? '').trim() !== '' && text.getBoundingClientRect().width > 0);
    // A rule's line is a box of its stroke: a horizontal line 1 px tall, a vertical one 1 px wide.
    const rules = [...svg.querySelectorAll('[data-mark="rule"] line')].map((line) => {
      const rect = line.getBoundingClientRect();
      return {
        box: { left: rect.left - 0.5, right: rect.right + 0.5, top: rect.top - 0.5, bottom: rect.bottom + 0.5 },
        text: `rule ${Math.round(rect.left)},${Math.round(rect.top)}`,
      };
    });
    const boxes = texts.map((text) => ({ box: box(text), text: text.textContent!.trim() }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!.box, boxes[j]!.box)) found.push({ chart: svg.id, a: boxes[i]!.text, b: boxes[j]!.text });
      for (const rule of rules) if (overlap(boxes[i]!.box, rule.box)) found.push({ chart: svg.id, a: boxes[i]!.text, b: rule.text });
    }
  }
  return found;
}
