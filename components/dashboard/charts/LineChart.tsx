import {
  ColorType,
  createChart,
  createSeriesMarkers,
  LineSeries,
  type SeriesMarker,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import { uiLocale } from '../../ui/locale';
import { localTickMark, localTimeLabel } from './chart-time';

export interface ChartLine {
  label: string;
  color: string;
  /** Time in unix seconds. */
  points: { t: number; v: number }[];
}

export interface ChartMark {
  t: number;
  text: string;
  color: string;
  /** Which line the mark sits on (index into `lines`). */
  line: number;
}

function clean(points: ChartLine['points']) {
  const byTime = new Map<number, number>();
  for (const p of points) byTime.set(Math.floor(p.t), p.v);
  return [...byTime.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, v]) => ({ time: t as UTCTimestamp, value: v }));
}

/** A lightweight-charts line chart (v5 API) with markers; prices formatted by `format`. */
export function LineChart(props: {
  lines: ChartLine[];
  marks: ChartMark[];
  height: number;
  label: string;
  format: (value: number) => string;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = createChart(el, {
      height: props.height,
      autoSize: true,
      layout: { background: { type: ColorType.Solid, color: '#ffffff' }, textColor: '#334155' },
      grid: { vertLines: { color: '#f1f5f9' }, horzLines: { color: '#f1f5f9' } },
      localization: {
        locale: uiLocale(),
        priceFormatter: props.format,
        timeFormatter: (time: Time) => localTimeLabel(time, uiLocale()),
      },
      timeScale: { timeVisible: true, secondsVisible: false, tickMarkFormatter: localTickMark },
    });
    props.lines.forEach((line, index) => {
      const series = chart.addSeries(LineSeries, { color: line.color, lineWidth: 2, title: line.label });
      series.setData(clean(line.points));
      const marks: SeriesMarker<Time>[] = props.marks
        .filter((m) => m.line === index)
        .sort((a, b) => a.t - b.t)
        .map((m) => ({
          time: Math.floor(m.t) as UTCTimestamp,
          position: 'aboveBar',
          shape: 'arrowDown',
          color: m.color,
          text: m.text,
        }));
      if (marks.length > 0) createSeriesMarkers(series, marks);
    });
    chart.timeScale().fitContent();
    return () => chart.remove();
  }, [props.lines, props.marks, props.height, props.format]);
  return (
    // A figure, not an image: the chart library adds its attribution link inside it.
    <figure ref={ref} aria-label={props.label} className="w-full" style={{ height: props.height }} />
  );
}
