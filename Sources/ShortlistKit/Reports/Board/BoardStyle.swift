/// The inline style sheet of the HTML decision board: screen layout, and an A4 print layout without the sliders.
enum BoardStyle {
    static let css = """
    :root { --ink: #1d2630; --muted: #5b6773; --line: #d9dee4; --soft: #f4f6f8; --accent: #1f4e79; --good: #2e7d32; --warn: #b26a00; --bad: #b3261e; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
    main { max-width: 1120px; margin: 0 auto; padding: 28px 28px 48px; }
    header.board { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
    header.board .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--accent); font-weight: 600; }
    h1 { font-size: 26px; line-height: 1.25; margin: 4px 0 6px; }
    h2 { font-size: 19px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 16px; margin: 20px 0 8px; }
    .meta, .hint, figcaption { color: var(--muted); font-size: 13px; }
    .cards { display: grid; grid-template-columns: 1.3fr 1fr 1fr; gap: 14px; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; background: #fff; }
    .card h3 { margin: 0 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
    .card.winner { border-left: 6px solid var(--accent); background: var(--soft); }
    .winner .name { font-size: 22px; font-weight: 700; }
    .winner .figure { font-size: 34px; font-weight: 700; color: var(--accent); font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #fff; }
    .badge.good { background: var(--good); } .badge.warn { background: var(--warn); } .badge.bad { background: var(--bad); }
    .card ul { margin: 6px 0 0; padding-left: 18px; } .card li { margin: 2px 0; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    .ranking-layout { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 22px; align-items: start; }
    table.ranking { table-layout: fixed; }
    table.ranking th:nth-child(1) { width: 4em; } table.ranking th:nth-child(3) { width: 5.5em; } table.ranking th:nth-child(4) { width: 34%; }
    #ranking td.rank { font-weight: 700; width: 3em; }
    #ranking td.score { font-weight: 700; width: 5em; }
    td.bar { width: 34%; }
    .bar-track { background: var(--soft); border-radius: 3px; height: 12px; overflow: hidden; }
    .bar-fill { display: block; height: 12px; background: var(--accent); border-radius: 3px; }
    .vendor-id, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: var(--muted); }
    .panel { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); }
    .panel h3 { margin-top: 0; }
    .slider { display: grid; grid-template-columns: minmax(0, 1fr) 96px 48px; gap: 0 8px; margin: 3px 0; align-items: center; }
    .slider label { font-size: 13px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .slider output { text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; font-size: 13px; }
    .slider input { width: 100%; margin: 0; accent-color: var(--accent); }
    button { font: inherit; font-size: 13px; padding: 4px 12px; border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 4px; cursor: pointer; }
    button:hover { background: var(--accent); color: #fff; }
    .live-status { min-height: 1.4em; font-size: 13px; margin: 6px 0 0; }
    .live-banner { margin: 0 0 8px; padding: 6px 10px; border-left: 4px solid var(--warn); background: #fff6e5; font-size: 13px; }
    .live-status.changed { color: var(--warn); font-weight: 600; } .live-status.warn { color: var(--bad); font-weight: 600; }
    .needs-script { display: none; } html.scripted .needs-script { display: block; } html.scripted .no-script { display: none; }
    figure { margin: 14px 0; } svg.chart { max-width: 100%; height: auto; display: block; }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 14px; }
    .two { display: grid; grid-template-columns: 1fr 1fr; gap: 22px; align-items: start; }
    .flag { color: var(--bad); font-weight: 700; }
    .ok { color: var(--good); font-weight: 600; } .notok { color: var(--bad); font-weight: 600; }
    details { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
    details > summary { cursor: pointer; padding: 8px 12px; font-weight: 600; background: var(--soft); }
    details > .inner { padding: 4px 12px 12px; }
    tr.group td { background: var(--soft); font-weight: 600; }
    tr.missing td { color: var(--bad); }
    .explain { color: var(--muted); font-size: 13px; }
    .facts { margin: 2px 0 0; padding-left: 16px; font-size: 12px; color: var(--muted); }
    .indent-1 { padding-left: 20px; } .indent-2 { padding-left: 36px; } .indent-3 { padding-left: 52px; }
    footer { margin-top: 40px; border-top: 1px solid var(--line); padding-top: 10px; color: var(--muted); font-size: 12px; }
    #script-errors { color: var(--bad); white-space: pre-wrap; }
    /* Long sections below the fold are laid out only when seen, so that moving a slider re-lays out the ranking, not every trace. */
    #trace, #gaps, #knocked-out, #panel, #pilots, #decision { content-visibility: auto; contain-intrinsic-size: auto 800px; }
    @media (max-width: 820px) { .cards, .ranking-layout, .two { grid-template-columns: 1fr; } }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
      .no-print, .needs-script, #live-weights { display: none !important; }
      .ranking-layout { grid-template-columns: 1fr; }
      .cards { grid-template-columns: 1.3fr 1fr 1fr; }
      h2 { break-after: avoid; } figure, .card, tr, details summary, #groups, #robustness { break-inside: avoid; }
      thead { display: table-header-group; }
      details { border: none; } details > summary { background: none; padding-left: 0; }
      .card.winner, .panel, tr.group td, .bar-track, .live-banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .bar-fill, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      #trace table, #panel table, #gaps table { font-size: 8.5pt; } #trace th, #trace td { padding: 2px 5px; }
    }
    """
}
