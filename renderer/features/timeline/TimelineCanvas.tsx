// The timeline figure: a canvas driven by d3-zoom (wheel, drag, and keys through the same zoom
// behaviour), drawn with d3-scale's UTC scale. A zoom step draws at once, while the window waits
// for its next frame (the first step of a frame; later ones in the same frame are drawn once, in
// that frame), and React renders nothing; the visible window is reported to the list below only
// when a gesture ends.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { DOT_RADIUS } from './glyphDrawing';
import { GlyphRaster } from './glyphRaster';
import { canvasHeight, drawTimeline, LABEL_WIDTH, visibleBoxes, type TimelineLayout } from './timelineDrawing';

interface TimelineCanvasProps {
  readonly layout: Omit<TimelineLayout, 'width' | 'height'>;
  /** The whole time range of the data, shown at zoom 1. */
  readonly extent: readonly [number, number];
  /** Column indexes of the chosen events. */
  readonly chosen: readonly number[];
  /** Called with the column index of the event clicked. */
  readonly onPick: (index: number, add: boolean) => void;
  readonly onWindow: (from: number, to: number) => void;
}

const MAX_ZOOM = 20_000;

export function TimelineCanvas({ layout, extent, chosen, onPick, onWindow }: TimelineCanvasProps): ReactNode {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const height = canvasHeight(layout.laneNames.length);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const full: TimelineLayout = { ...layout, width, height };
  // The latest of everything a frame needs, for the zoom handler (set up once).
  const frame = useRef({ full, extent, chosen, onWindow });
  frame.current = { full, extent, chosen, onWindow };
  const pending = useRef<number | null>(null);

  const baseScale = (): ScaleTime<number, number> => scaleUtc().domain([new Date(frame.current.extent[0]), new Date(frame.current.extent[1])]).range([LABEL_WIDTH + 8, frame.current.full.width - 12]);
  const currentScale = (): ScaleTime<number, number> => transform.current.rescaleX(baseScale());

  /** The canvas's pixels as the frame paints them, kept while the canvas keeps its size: a frame allocates no image. */
  const raster = useRef<GlyphRaster<ImageData> | null>(null);
  const draw = (): void => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const kept = raster.current;
    if (!kept || kept.image.width !== canvas.width || kept.image.height !== canvas.height || kept.ratio !== ratio) {
      raster.current = new GlyphRaster(context.createImageData(canvas.width, canvas.height), ratio, DOT_RADIUS);
    }
    const drawn = drawTimeline(context, currentScale(), frame.current.full, frame.current.chosen, raster.current);
    canvas.dataset.drawnEvents = String(drawn);
    canvas.dataset.frame = String(Number(canvas.dataset.frame ?? '0') + 1);
  };
  /** The first step since a frame draws now, off the frame's critical path; later ones share one draw in the next frame. */
  const drewSinceFrame = useRef(false);
  const drawSoon = (): void => {
    if (!drewSinceFrame.current) {
      drewSinceFrame.current = true;
      draw();
      requestAnimationFrame(() => {
        drewSinceFrame.current = false;
      });
      return;
    }
    pending.current ??= requestAnimationFrame(() => {
      pending.current = null;
      draw();
    });
  };
  const reportWindow = (): void => {
    const [from, to] = currentScale().domain();
    if (from && to) frame.current.onWindow(from.getTime(), to.getTime());
  };

  useLayoutEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(400, Math.floor(wrapper.clientWidth))));
    observer.observe(wrapper);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const zoomer = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        transform.current = event.transform;
        drawSoon();
      })
      .on('end', reportWindow);
    behaviour.current = zoomer;
    const selection = select(canvas);
    selection.call(zoomer).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      if (pending.current !== null) cancelAnimationFrame(pending.current);
    };
    // Set up once: the handlers read the latest props through `frame`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Size, data or selection changed: resize the backing store and redraw.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(width * ratio);
    canvas.height = Math.floor(height * ratio);
    draw();
    reportWindow();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, layout, extent, chosen]);

  const zoomBy = (factor: number): void => {
    const canvas = canvasRef.current;
    if (canvas && behaviour.current) behaviour.current.scaleBy(select(canvas), factor, [(LABEL_WIDTH + width) / 2, height / 2]);
  };
  const panBy = (pixels: number): void => {
    const canvas = canvasRef.current;
    if (canvas && behaviour.current) behaviour.current.translateBy(select(canvas), pixels / transform.current.k, 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>): void => {
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(1.5),
      '=': () => zoomBy(1.5),
      '-': () => zoomBy(1 / 1.5),
      ArrowLeft: () => panBy(width / 8),
      ArrowRight: () => panBy(-width / 8),
      Home: () => {
        const canvas = canvasRef.current;
        if (canvas && behaviour.current) behaviour.current.transform(select(canvas), zoomIdentity);
      },
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
    reportWindow();
  };
  const onClick = (event: MouseEvent<HTMLCanvasElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let hit: number | null = null;
    visibleBoxes(full, currentScale(), ({ index, x, y, width: w, height: h }) => {
      if (px >= x - 5 && px <= x + Math.max(w, 0) + 5 && py >= y - 2 && py <= y + h + 2) hit = index;
    });
    if (hit !== null) onPick(hit, event.ctrlKey || event.metaKey || event.shiftKey);
  };

  return (
    <div ref={wrapperRef} className="timeline-figure">
      <canvas
        ref={canvasRef}
        className="timeline-canvas"
        width={width}
        height={height}
        // The canvas is a picture for the eye; the list below carries the same events for everyone.
        role="img"
        aria-label="Timeline figure: wheel or +/− to zoom, drag or ←/→ to pan, Home to reset; the list below has the same events"
        tabIndex={0}
        data-testid="timeline-canvas"
        style={{ width: `${width}px`, height: `${height}px` }}
        onKeyDown={onKeyDown}
        onClick={onClick}
      />
    </div>
  );
}
