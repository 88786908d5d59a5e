/// The page's style sheet, inline: system fonts only, and a print layout (each scope on new
/// pages, charts never split, no navigation).
enum ReportStyle {
    static let css = """
        :root { --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --accent: #0f766e; --paper: #ffffff; --wash: #f8fafc; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
               color: var(--ink); background: var(--wash); }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
        header.page { background: var(--ink); color: #f8fafc; padding: 28px 28px 20px; }
        header.page .inner { max-width: 1100px; margin: 0 auto; }
        header.page h1 { margin: 0 0 4px; font-size: 28px; letter-spacing: -0.01em; }
        header.page p { margin: 0; color: #cbd5e1; font-size: 14px; }
        nav { margin-top: 14px; display: flex; flex-wrap: wrap; gap: 8px; }
        nav a { color: #e2e8f0; text-decoration: none; font-size: 13px; padding: 3px 10px; border: 1px solid #334155; border-radius: 999px; }
        nav a:hover { background: #1e293b; }
        section.scope, section.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
                                       padding: 20px 24px 24px; margin: 0 0 24px; }
        h2 { margin: 0 0 4px; font-size: 22px; }
        h2 .kind { color: var(--muted); font-weight: 500; font-size: 14px; text-transform: uppercase; letter-spacing: 0.06em;
                   display: block; }
        h3 { margin: 22px 0 8px; font-size: 15px; color: #334155; }
        h3 small { color: var(--muted); font-weight: 400; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 14px 0 4px; }
        .figure { background: var(--wash); border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; }
        .figure b { display: block; font-size: 20px; font-variant-numeric: tabular-nums; }
        .figure span { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
        .pair > div { min-width: 0; }
        svg.chart { display: block; width: 100%; height: auto; overflow: visible; }
        svg.chart text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--muted); }
        svg.chart text.label { fill: #334155; font-size: 12px; }
        svg.chart text.value { fill: var(--ink); font-size: 11px; font-variant-numeric: tabular-nums; }
        svg.chart text.empty { fill: var(--muted); font-style: italic; font-size: 13px; }
        svg.chart line.grid { stroke: var(--line); stroke-width: 1; }
        svg[data-chart=order-types], svg[data-chart=payments] { max-width: 100%; }
        .legend { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; vertical-align: baseline; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); }
        th { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
        td.number, th.number { text-align: right; }
        code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--wash);
               padding: 1px 5px; border-radius: 4px; border: 1px solid var(--line); }
        .note { color: var(--muted); font-size: 13px; }
        .unavailable { border-style: dashed; background: #fffbeb; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; }
        dl.provenance dt { color: var(--muted); }
        dl.provenance dd { margin: 0; word-break: break-all; }
        footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 8px; }
        @media (max-width: 760px) { .pair { grid-template-columns: 1fr; } main { padding: 16px; } }
        @media print {
            @page { size: A4; margin: 14mm; }
            body { background: #fff; font-size: 11pt; }
            header.page { background: #fff; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
            header.page p { color: var(--muted); }
            nav { display: none; }
            main { max-width: none; padding: 0; }
            section.scope, section.panel { border: none; border-radius: 0; padding: 0; margin: 0 0 12mm; }
            section.scope + section.scope { break-before: page; }
            svg.chart, table, .figures, h3 { break-inside: avoid; }
            h3 { break-after: avoid; }
            .pair { grid-template-columns: 1fr 1fr; }
            .figures { grid-template-columns: repeat(5, 1fr); }
        }
        """
}
