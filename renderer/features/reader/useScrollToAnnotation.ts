// Brings the selected annotation's passage into view when it is chosen from a list or a link.
import { useEffect } from 'react';
import type { Annotation } from '../../../shared/model';
import type { Paragraph } from '../../../shared/text/normalise';
import { paragraphIndexAt } from './textOffsets';

export function useScrollToAnnotation(paragraphs: readonly Paragraph[], annotation: Annotation | undefined): void {
  const id = annotation?.id;
  const start = annotation?.position.start;
  useEffect(() => {
    if (id === undefined || start === undefined || paragraphs.length === 0) return;
    const frame = requestAnimationFrame(() => {
      const root = document.querySelector<HTMLElement>('.article-text');
      const index = paragraphIndexAt(paragraphs, start);
      const paragraph = root?.children[index];
      if (!paragraph) return;
      const box = paragraph.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) paragraph.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [id, start, paragraphs]);
}
