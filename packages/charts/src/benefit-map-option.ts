import type { GraphSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TextLanguage } from '@citymaturity/model';
import { defaultChartWidth, escapeHtml, type ChartLayout } from './chart-input.js';
import { chartColors } from './palette.js';

/** The ECharts option of a benefit map. */
export type BenefitMapOption = ComposeOption<
  GraphSeriesOption | TitleComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** The kinds of node, in the order of their columns (ISO 37106 clause 7 logic model). */
export const benefitNodeKinds = [
  'initiative',
  'investment',
  'output',
  'outcome',
  'purpose',
] as const;
/** A kind of node of the benefit map. */
export type BenefitNodeKind = (typeof benefitNodeKinds)[number];

/**
 * A node of the map. `x` runs from 0 to {@link benefitMapWidth} across the five columns (the
 * node is kept inside its kind's column); `y` from 0 down, in pixels.
 */
export interface BenefitMapNode {
  id: string;
  kind: BenefitNodeKind;
  label: string;
  x: number;
  y: number;
}

/** An arrow: `from` contributes to `to`. */
export interface BenefitMapLink {
  from: string;
  to: string;
}

/** What the map shows; `editable` lets the nodes be dragged. */
export interface BenefitMapInput {
  nodes: readonly BenefitMapNode[];
  links: readonly BenefitMapLink[];
  editable?: boolean;
}

/** Width of the map's own coordinates (five columns of 200). */
export const benefitMapWidth = 1000;
const columnWidth = benefitMapWidth / benefitNodeKinds.length;
/** Vertical space in pixels above the nodes (column headings) and below them. */
const headerHeight = 40;
const footerHeight = 16;
/** Vertical distance between nodes placed by {@link benefitMapAutoLayout}. */
const rowGap = 84;

/** The fixed wording of the benefit map. */
export const benefitMapText: Readonly<
  Record<
    TextLanguage,
    {
      kinds: Readonly<Record<BenefitNodeKind, string>>;
      kind: Readonly<Record<BenefitNodeKind, string>>;
      empty: string;
      arrows: string;
      draggable: string;
      description: string;
    }
  >
> = {
  zh: {
    kinds: {
      initiative: '举措',
      investment: '投资',
      output: '产出',
      outcome: '成果',
      purpose: '目的',
    },
    kind: {
      initiative: '举措（方形）',
      investment: '投资（菱形）',
      output: '产出（圆角方形）',
      outcome: '成果（圆形）',
      purpose: '目的（三角形）',
    },
    empty: '无',
    arrows: '箭头',
    draggable: '可拖动节点调整其位置。',
    description:
      '利益图（逻辑模型）：举措和投资带来产出，产出带来成果，成果服务于可持续城市的目的；五列从左到右依次为举措、投资、产出、成果、目的。{nodes}。{arrows}。{draggable}',
  },
  en: {
    kinds: {
      initiative: 'Initiatives',
      investment: 'Investments',
      output: 'Outputs',
      outcome: 'Outcomes',
      purpose: 'Purposes',
    },
    kind: {
      initiative: 'Initiative (square)',
      investment: 'Investment (diamond)',
      output: 'Output (rounded square)',
      outcome: 'Outcome (circle)',
      purpose: 'Purpose (triangle)',
    },
    empty: 'none',
    arrows: 'Arrows',
    draggable: 'Drag a node to move it.',
    description:
      'Benefit map (logic model): initiatives and investments lead to outputs, outputs to outcomes, outcomes serve the purposes of sustainable cities; the five columns from left to right are initiatives, investments, outputs, outcomes and purposes. {nodes}. {arrows}. {draggable}',
  },
};

/** Shape and colour of each kind (shapes tell the kinds apart without colour). */
export const benefitNodeStyles: Readonly<
  Record<BenefitNodeKind, { symbol: string; colour: string }>
> = {
  initiative: { symbol: 'rect', colour: '#0072B2' },
  investment: { symbol: 'diamond', colour: '#8E4585' },
  output: { symbol: 'roundRect', colour: '#007A5A' },
  outcome: { symbol: 'circle', colour: '#D55E00' },
  purpose: { symbol: 'triangle', colour: '#5F5F5F' },
};

/** The x of the middle of a kind's column. */
export function benefitColumnCentre(kind: BenefitNodeKind): number {
  return (benefitNodeKinds.indexOf(kind) + 0.5) * columnWidth;
}

/** Keeps x inside the kind's column (20 from its edges). */
function inColumn(kind: BenefitNodeKind, x: number): number {
  const left = benefitNodeKinds.indexOf(kind) * columnWidth;
  return Math.min(left + columnWidth - 20, Math.max(left + 20, x));
}

/**
 * Where a node dragged to (x, y) in the drawing (the graph's own coordinates, as ECharts reports
 * them) lies on the map, for a chart drawn `width` pixels wide: x in map units, y as it is.
 */
export function benefitMapPosition(
  x: number,
  y: number,
  width = defaultChartWidth,
): { x: number; y: number } {
  return { x: (x * benefitMapWidth) / (width - 16), y };
}

/** Places nodes in their kind's column, one under the other in the order given. */
export function benefitMapAutoLayout(
  nodes: readonly Omit<BenefitMapNode, 'x' | 'y'>[],
): BenefitMapNode[] {
  const used = new Map<BenefitNodeKind, number>();
  return nodes.map((node) => {
    const index = used.get(node.kind) ?? 0;
    used.set(node.kind, index + 1);
    return { ...node, x: benefitColumnCentre(node.kind), y: 40 + index * rowGap };
  });
}

/** The height in pixels the nodes need (their lowest y and room for its label). */
function contentHeight(nodes: readonly BenefitMapNode[]): number {
  return Math.max(200, ...nodes.map((n) => n.y + 60));
}

/** The size (pixels) a benefit map reads best at. */
export function benefitMapSize(
  input: BenefitMapInput,
  width = defaultChartWidth,
): { width: number; height: number } {
  return { width, height: headerHeight + contentHeight(input.nodes) + footerHeight };
}

/**
 * The benefit map of ISO 37106 clause 7 as a graph with given positions (layout none): five
 * columns from left to right (initiatives, investments, outputs, outcomes, purposes) headed in
 * words, each kind with its own shape and colour, arrows from each node to those it contributes
 * to, the labels under the nodes. Two invisible corner nodes fix the map's extent, so that the
 * columns stay under their headings whatever the nodes' positions; `editable` lets the other
 * nodes be dragged (see {@link benefitMapPosition} to read a dragged node's place back). The accessible description lists the nodes by kind and every arrow.
 */
export function benefitMapOption(
  input: BenefitMapInput,
  lang: TextLanguage,
  layout: ChartLayout = {},
): BenefitMapOption {
  const text = benefitMapText[lang];
  const width = layout.width ?? defaultChartWidth;
  const height = contentHeight(input.nodes);
  const drawingWidth = width - 16;
  const pixelColumn = drawingWidth / benefitNodeKinds.length;
  // Positions are given to the graph in pixels of the drawing, so that its view is not scaled
  // (a view scaled unevenly would distort the symbols): x from map units, y as it is.
  const toPixels = drawingWidth / benefitMapWidth;
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const links = input.links.filter((l) => byId.has(l.from) && byId.has(l.to));
  const separator = lang === 'zh' ? '，' : ', ';

  const nodes = input.nodes.map((node) => {
    const style = benefitNodeStyles[node.kind];
    return {
      id: node.id,
      name: node.label,
      x: inColumn(node.kind, node.x) * toPixels,
      y: Math.max(0, Math.min(height, node.y)),
      symbol: style.symbol,
      symbolSize: node.kind === 'purpose' ? 22 : 18,
      itemStyle: { color: style.colour, borderColor: '#FFFFFF', borderWidth: 1 },
      draggable: input.editable === true,
      label: {
        show: true,
        position: 'bottom' as const,
        color: chartColors.text,
        fontSize: 11,
        width: Math.max(40, pixelColumn - 8),
        overflow: 'break' as const,
        lineHeight: 13,
      },
    };
  });
  // The corners of the map: the graph fits its nodes' extent to the drawing.
  const anchors = [
    [0, 0],
    [drawingWidth, height],
  ].map(([x, y], i) => ({
    id: `__corner-${String(i)}`,
    name: '',
    x,
    y,
    symbolSize: 0,
    draggable: false,
    label: { show: false },
    tooltip: { show: false },
  }));

  const nodeWords = benefitNodeKinds.map((kind) => {
    const labels = input.nodes.filter((n) => n.kind === kind).map((n) => n.label);
    return `${text.kinds[kind]}: ${labels.length > 0 ? labels.join(separator) : text.empty}`;
  });
  const arrowWords = links.map(
    (l) => `${byId.get(l.from)?.label ?? l.from} → ${byId.get(l.to)?.label ?? l.to}`,
  );

  return {
    animation: false,
    aria: {
      enabled: true,
      label: {
        description: text.description
          .replace('{nodes}', nodeWords.join('; '))
          .replace(
            '{arrows}',
            `${text.arrows}: ${arrowWords.length > 0 ? arrowWords.join(separator) : text.empty}`,
          )
          .replace('{draggable}', input.editable ? text.draggable : ''),
      },
    },
    title: benefitNodeKinds.map((kind, i) => ({
      text: text.kinds[kind],
      left: 8 + (i + 0.5) * pixelColumn,
      top: 8,
      textAlign: 'center',
      textStyle: {
        color: chartColors.text,
        fontSize: pixelColumn < 90 ? 11 : 13,
        fontWeight: 600,
        width: pixelColumn - 4,
        overflow: 'break',
      },
    })),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const one = Array.isArray(params) ? params[0] : params;
        if (!one) return '';
        if (one.dataType === 'edge') {
          const link = links[one.dataIndex];
          if (!link) return '';
          return escapeHtml(
            `${byId.get(link.from)?.label ?? ''} → ${byId.get(link.to)?.label ?? ''}`,
          );
        }
        const node = input.nodes[one.dataIndex];
        if (!node) return '';
        return `<strong>${escapeHtml(node.label)}</strong><br>${escapeHtml(text.kind[node.kind])}`;
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: false,
        left: 8,
        right: 8,
        top: headerHeight,
        bottom: footerHeight,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        lineStyle: { color: '#595959', width: 1.5, opacity: 1, curveness: 0.08 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 } },
        data: [...nodes, ...anchors],
        links: links.map((l) => ({ source: l.from, target: l.to })),
      },
    ],
  };
}
