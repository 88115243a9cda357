import {
  benefitMapExtensions,
  benefitMapOption,
  benefitMapPosition,
  benefitMapSize,
  type BenefitMapInput,
} from '@citymaturity/charts';
import type { TextLanguage } from '@citymaturity/model';
import { use, type ECharts } from 'echarts/core';
import { useCallback, useEffect, useRef } from 'react';
import { ResponsiveSvgChart } from '../../../components/ResponsiveSvgChart.js';

use(benefitMapExtensions);

/** A node grabbed: its id, where it was drawn and where the pointer went down. */
interface Grab {
  id: string;
  x: number;
  y: number;
  pointerX: number;
  pointerY: number;
}

/** The event ECharts reports for a node (the fields read here). */
interface NodeEvent {
  dataType?: string;
  data?: unknown;
  event?: { offsetX: number; offsetY: number };
}

/** Less than this (pixels) is a click, not a move. */
const moveThreshold = 3;

/**
 * The benefit map (`@citymaturity/charts`), drawn to its container's width. With `onMove` its
 * nodes can be dragged (the input says `editable`): when one is dropped elsewhere, `onMove` gets
 * its new place in the map's units. The graph is drawn unscaled, so the pointer's travel is the
 * node's travel.
 */
export default function BenefitMapChart({
  input,
  lang,
  onMove,
}: {
  input: BenefitMapInput;
  lang: TextLanguage;
  onMove?: (nodeId: string, position: { x: number; y: number }) => void;
}) {
  const moved = useRef(onMove);
  useEffect(() => {
    moved.current = onMove;
  }, [onMove]);

  const build = useCallback(
    (width: number) => ({
      option: benefitMapOption(input, lang, { width }),
      size: benefitMapSize(input, width),
    }),
    [input, lang],
  );

  const listen = useCallback((chart: ECharts) => {
    let grab: Grab | undefined;
    chart.on('mousedown', (params: NodeEvent) => {
      const data = params.data as { id?: unknown; x?: unknown; y?: unknown } | undefined;
      if (params.dataType !== 'node' || !params.event || typeof data?.id !== 'string') return;
      if (typeof data.x !== 'number' || typeof data.y !== 'number') return;
      grab = {
        id: data.id,
        x: data.x,
        y: data.y,
        pointerX: params.event.offsetX,
        pointerY: params.event.offsetY,
      };
    });
    chart.getZr().on('mouseup', (event) => {
      const start = grab;
      grab = undefined;
      if (!start || !moved.current) return;
      const dx = event.offsetX - start.pointerX;
      const dy = event.offsetY - start.pointerY;
      if (Math.hypot(dx, dy) < moveThreshold) return;
      const position = benefitMapPosition(start.x + dx, start.y + dy, chart.getWidth());
      moved.current(start.id, {
        x: Math.round(position.x),
        y: Math.max(0, Math.round(position.y)),
      });
    });
  }, []);

  return <ResponsiveSvgChart build={build} maxWidth={1000} onChart={listen} />;
}
