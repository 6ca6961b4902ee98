/**
 * Marking the photo (issue 15): an SVG over the picture in the photo's own pixels (its viewBox is
 * the part of the photo shown, fitted as the picture is), so a pointer, a finger or the keyboard
 * marks exactly the pixel under it. Paint and erase the area with a brush (size in mm), drag the
 * two scale points, click the outline's points; wheel or the panel's buttons zoom. Each finished
 * stroke, point or drag is one undo step.
 */
import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import type { Point } from '../../model/photo-geometry.ts';
import { hairlineCurve } from '../../model/photo-area.ts';
import { MAX_PHOTO_ZOOM, marksMmPerPx, photoStore, photoView, usePhoto } from '../../state/photo-store.ts';
import { type SimStoreApi, useSim } from '../../state/store.ts';
import { PHOTO_TEXT } from './photo-text.ts';
import { importPhoto } from './photo-actions.ts';

type Drag = { kind: 'stroke'; points: Point[] } | { kind: 'scale'; end: 'a' | 'b' } | { kind: 'outline' | 'hairline'; index: number } | null;

function toPhoto(svg: SVGSVGElement, clientX: number, clientY: number): Point {
  const m = svg.getScreenCTM();
  if (!m) return [0, 0];
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return [p.x, p.y];
}

export default function PhotoOverlay({ store }: { store: SimStoreApi }) {
  const lang = useSim(store, (s) => s.lang);
  const comparing = useSim(store, (s) => s.compare !== null);
  const t = PHOTO_TEXT[lang];
  const image = usePhoto((s) => s.image);
  const marks = usePhoto((s) => s.marks);
  const tool = usePhoto((s) => s.tool);
  const brushMm = usePhoto((s) => s.brushMm);
  const zoom = usePhoto((s) => s.zoom);
  const centre = usePhoto((s) => s.centre);
  const svg = useRef<SVGSVGElement>(null);
  // The drag in progress lives in a ref (pointer events come faster than React renders: each must
  // see the points before it); the state only redraws the stroke's preview.
  const dragRef = useRef<Drag>(null);
  const [drag, setDragState] = useState<Drag>(null);
  const setDrag = (d: Drag): void => {
    dragRef.current = d;
    setDragState(d);
  };
  const [cursor, setCursor] = useState<Point | null>(null);
  const [keyCursor, setKeyCursor] = useState(false);

  // Undo and redo from the keyboard anywhere in photo mode (not while typing in a field).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || (e.target instanceof HTMLInputElement && e.target.type !== 'range' && e.target.type !== 'checkbox')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) photoStore.getState().undo();
      else if (k === 'y' || (k === 'z' && e.shiftKey)) photoStore.getState().redo();
      else return;
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent): void => {
      const file = [...(e.clipboardData?.files ?? [])][0];
      if (file) void importPhoto(file, file.name);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('paste', onPaste);
    };
  }, []);

  const drop = {
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer.files[0];
      if (file) void importPhoto(file, file.name);
    },
  };
  if (!image) return <div className="photo-overlay empty" {...drop} />;

  const [x0, y0, x1, y1] = photoView(image, zoom, centre);
  const mmPerPx = marksMmPerPx(marks) ?? 0.1;
  const radiusPx = brushMm / 2 / mmPerPx;
  // Handles and lines a constant size on screen whatever the zoom: a share of the shown width.
  const unit = (x1 - x0) / 400;
  const st = photoStore.getState;

  const addStroke = (points: Point[]): void => st().mark((m) => ({ ...m, area: [...m.area, { kind: 'stroke', erase: tool === 'eraser', radiusPx, points }] }));
  const addOutlinePoint = (p: Point): void => st().mark((m) => ({ ...m, outline: [...m.outline, p] }));
  const addHairlinePoint = (p: Point): void => st().mark((m) => ({ ...m, hairline: [...m.hairline, p] }));

  const down = (e: PointerEvent<SVGSVGElement>): void => {
    if (e.button !== 0 || !svg.current) return;
    const p = toPhoto(svg.current, e.clientX, e.clientY);
    setKeyCursor(false);
    const target = e.target as Element;
    const handle = target.getAttribute('data-handle');
    if (handle === 'a' || handle === 'b') setDrag({ kind: 'scale', end: handle });
    else if (handle?.startsWith('o')) setDrag({ kind: 'outline', index: Number(handle.slice(1)) });
    else if (handle?.startsWith('h')) setDrag({ kind: 'hairline', index: Number(handle.slice(1)) });
    else if (tool === 'brush' || tool === 'eraser') setDrag({ kind: 'stroke', points: [p] });
    else if (tool === 'outline' || tool === 'hairline') {
      (tool === 'outline' ? addOutlinePoint : addHairlinePoint)(p);
      return;
    } else return;
    svg.current.setPointerCapture(e.pointerId);
    // One undo step for the whole drag: the marks before it are remembered now.
    if (handle) st().mark((m) => ({ ...m }));
    e.preventDefault();
  };
  const move = (e: PointerEvent<SVGSVGElement>): void => {
    if (!svg.current) return;
    const p = toPhoto(svg.current, e.clientX, e.clientY);
    setCursor(p);
    const drag = dragRef.current;
    if (!drag) return;
    if (drag.kind === 'stroke') {
      const last = drag.points[drag.points.length - 1]!;
      if (Math.hypot(p[0] - last[0], p[1] - last[1]) > radiusPx / 4) setDrag({ kind: 'stroke', points: [...drag.points, p] });
    } else if (drag.kind === 'scale') photoStore.setState((s) => ({ marks: { ...s.marks, scale: { ...s.marks.scale, [drag.end]: p } } }));
    else {
      const key = drag.kind;
      photoStore.setState((s) => ({ marks: { ...s.marks, [key]: s.marks[key].map((q, i) => (i === drag.index ? p : q)) } }));
    }
  };
  const up = (e: PointerEvent<SVGSVGElement>): void => {
    const drag = dragRef.current;
    if (drag?.kind === 'stroke' && svg.current) {
      // The stroke ends where the pointer let go.
      const p = toPhoto(svg.current, e.clientX, e.clientY);
      const last = drag.points[drag.points.length - 1]!;
      addStroke(p[0] === last[0] && p[1] === last[1] ? drag.points : [...drag.points, p]);
    }
    setDrag(null);
  };
  const wheel = (e: React.WheelEvent<SVGSVGElement>): void => {
    if (!svg.current) return;
    const p = toPhoto(svg.current, e.clientX, e.clientY);
    const z = Math.min(MAX_PHOTO_ZOOM, Math.max(1, zoom * Math.exp(-e.deltaY * 0.0015)));
    // Zoom about the pointer: the photo point under it stays under it.
    const k = zoom / z;
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    st().set({ zoom: z, centre: [p[0] + (cx - p[0]) * k, p[1] + (cy - p[1]) * k] });
  };
  const key = (e: KeyboardEvent<SVGSVGElement>): void => {
    const stepPx = Math.max(1, radiusPx / 2) * (e.shiftKey ? 4 : 1);
    const c: Point = cursor ?? [(x0 + x1) / 2, (y0 + y1) / 2];
    const moves: Record<string, Point> = { ArrowLeft: [-stepPx, 0], ArrowRight: [stepPx, 0], ArrowUp: [0, -stepPx], ArrowDown: [0, stepPx] };
    const d = moves[e.key];
    if (d) {
      const p: Point = [Math.min(image.widthPx, Math.max(0, c[0] + d[0])), Math.min(image.heightPx, Math.max(0, c[1] + d[1]))];
      setCursor(p);
      setKeyCursor(true);
      // Space held while moving paints along the way, as a drag does.
      e.preventDefault();
      return;
    }
    if (e.key === ' ' || e.key === 'Enter') {
      if (tool === 'brush' || tool === 'eraser') addStroke([c]);
      else if (tool === 'outline') addOutlinePoint(c);
      else if (tool === 'hairline') addHairlinePoint(c);
      setCursor(c);
      setKeyCursor(true);
      e.preventDefault();
    }
  };
  // A focused point moves with the arrow keys (Shift: ten times as far), one undo step a press.
  const keyMove = (move: (d: Point) => void) => (e: KeyboardEvent<SVGCircleElement>) => {
    const stepPx = (e.shiftKey ? 10 : 1) * Math.max(1, unit);
    const moves: Record<string, Point> = { ArrowLeft: [-stepPx, 0], ArrowRight: [stepPx, 0], ArrowUp: [0, -stepPx], ArrowDown: [0, stepPx] };
    const d = moves[e.key];
    if (!d) return;
    e.preventDefault();
    e.stopPropagation();
    move(d);
  };
  const moveHandle = (end: 'a' | 'b') =>
    keyMove((d) => st().mark((m) => ({ ...m, scale: { ...m.scale, [end]: [m.scale[end][0] + d[0], m.scale[end][1] + d[1]] as Point } })));
  const moveHairlinePoint = (k: number) =>
    keyMove((d) => st().mark((m) => ({ ...m, hairline: m.hairline.map((q, i) => (i === k ? ([q[0] + d[0], q[1] + d[1]] as Point) : q)) })));

  const live = drag?.kind === 'stroke' ? drag.points : null;
  const showCursor = cursor && (tool === 'brush' || tool === 'eraser');
  return (
    <svg
      ref={svg}
      className={`photo-overlay tool-${tool}`}
      viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
      preserveAspectRatio="xMidYMid meet"
      tabIndex={0}
      role="application"
      aria-label={t.canvasLabel}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onPointerLeave={() => !dragRef.current && !keyCursor && setCursor(null)}
      onWheel={wheel}
      onKeyDown={key}
      {...drop}
    >
      {live && (
        <polyline
          points={live.map((p) => p.join(',')).join(' ')}
          fill="none"
          stroke={tool === 'eraser' ? 'rgba(255,255,255,0.35)' : 'rgba(90,170,255,0.35)'}
          strokeWidth={2 * radiusPx}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {showCursor && <circle className="brush-cursor" cx={cursor[0]} cy={cursor[1]} r={radiusPx} strokeWidth={unit} />}
      {keyCursor && cursor && (tool === 'outline' || tool === 'hairline') && (
        <circle className="key-cursor" cx={cursor[0]} cy={cursor[1]} r={3 * unit} strokeWidth={unit} />
      )}
      {!comparing && (tool === 'scale' || tool === 'outline' || tool === 'hairline') && (
        <g className="marks">
          {tool === 'scale' && (
            <>
              <line x1={marks.scale.a[0]} y1={marks.scale.a[1]} x2={marks.scale.b[0]} y2={marks.scale.b[1]} strokeWidth={unit} />
              {(['a', 'b'] as const).map((end, i) => (
                <circle
                  key={end}
                  data-handle={end}
                  className="handle"
                  cx={marks.scale[end][0]}
                  cy={marks.scale[end][1]}
                  r={6 * unit}
                  strokeWidth={unit}
                  tabIndex={0}
                  role="button"
                  aria-label={t.scalePoint((i + 1) as 1 | 2)}
                  onKeyDown={moveHandle(end)}
                />
              ))}
            </>
          )}
          {tool === 'hairline' && (
            <>
              {marks.hairline.length >= 2 && (
                <polyline
                  className="hairline"
                  points={hairlineCurve(marks.hairline, 0)
                    .map((p) => p.join(','))
                    .join(' ')}
                  fill="none"
                />
              )}
              {marks.hairline.map((p, i) => (
                <circle
                  key={i}
                  data-handle={`h${i}`}
                  className="handle hairline"
                  cx={p[0]}
                  cy={p[1]}
                  r={5 * unit}
                  tabIndex={0}
                  role="button"
                  aria-label={t.hairlinePoint(i + 1)}
                  onKeyDown={moveHairlinePoint(i)}
                />
              ))}
            </>
          )}
          {tool === 'outline' &&
            marks.outline.map((p, i) => (
              <circle key={i} data-handle={`o${i}`} className="handle outline" cx={p[0]} cy={p[1]} r={4 * unit} strokeWidth={unit} />
            ))}
        </g>
      )}
    </svg>
  );
}
