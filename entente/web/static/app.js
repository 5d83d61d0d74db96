// entente dashboard: draws the charts from the page's JSON block and wires the clicks.
// Served from /static; the page has no inline script (its Content-Security-Policy forbids one).
"use strict";

function pageData() {
  const block = document.getElementById("chart-data");
  return block ? JSON.parse(block.textContent) : null;
}

function firstDay(period) {
  return period.length === 7 ? period + "-01" : period;
}

function lastDay(period) {
  if (period.length === 7) {
    const [y, m] = period.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return period;
}

// Plotly reads a few HTML tags in its titles and legends (<a href>, <b>): text from the page's
// address or the store goes in with its markup characters escaped, so it shows as typed
function plain(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const layout = (title) => ({
  margin: {t: 30}, legend: {orientation: "h"}, title: {text: plain(title), font: {size: 14}},
  xaxis: {type: "date", title: {text: "event date"}}, yaxis: {title: {text: "mean Goldstein score"}},
});

function eventRows(events) {
  // text goes in through textContent only: article text is never parsed as HTML
  const table = document.createElement("table");
  table.className = "events";
  const head = table.insertRow();
  for (const name of ["date", "source", "target", "code", "Goldstein", "evidence"]) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  for (const e of events) {
    const row = table.insertRow();
    const cells = [e.date, e.source ? e.source.code : "", e.target ? e.target.code : "", e.code, String(e.goldstein)];
    for (const value of cells) row.insertCell().textContent = value;
    const link = document.createElement("a");
    link.href = "/event/" + encodeURIComponent(e.event_id);
    link.textContent = e.evidence.text;
    row.insertCell().appendChild(link);
  }
  return table;
}

function drawDyad(data) {
  const traces = [];
  for (const [source, target] of [[data.a, data.b], [data.b, data.a]]) {
    const rows = data.series.filter((r) => r.source === source && r.target === target);
    traces.push({type: "scatter", mode: "lines+markers", name: plain(source + " to " + target),
                 x: rows.map((r) => firstDay(r.period)), y: rows.map((r) => r.goldstein_mean),
                 customdata: rows.map((r) => r.period),
                 text: rows.map((r) => r.events + " events, quad " + JSON.stringify(r.quad))});
  }
  const chart = document.getElementById("chart");
  Plotly.newPlot(chart, traces, layout(data.a + " and " + data.b + " by " + data.freq), {displaylogo: false});
  chart.on("plotly_click", async (click) => {
    const period = click.points[0].customdata;
    const params = new URLSearchParams({a: data.a, b: data.b, since: firstDay(period), until: lastDay(period)});
    const response = await fetch("/api/dyad/events?" + params);
    const target = document.getElementById("period-events");
    target.replaceChildren(eventRows(await response.json()));
  });
}

function drawAlignment(result) {
  const [b, c] = result.between;
  const shapes = result.breaks.map((brk) => ({type: "line", xref: "x", yref: "paper", x0: brk.date, x1: brk.date,
                                               y0: 0, y1: 1, line: {dash: "dot", color: "#555"}}));
  const side = (partner) => {
    const rows = result.series.filter((r) => r.toward[partner].events);
    return {type: "scatter", mode: "lines+markers", name: plain(result.actor + " and " + partner),
            x: rows.map((r) => firstDay(r.period)), y: rows.map((r) => r.toward[partner].index),
            error_y: {type: "data", symmetric: false,
                      array: rows.map((r) => r.toward[partner].high - r.toward[partner].index),
                      arrayminus: rows.map((r) => r.toward[partner].index - r.toward[partner].low)}};
  };
  Plotly.newPlot("toward", [side(b), side(c)], {...layout("cooperation index toward each"), shapes},
                 {displaylogo: false});
  const rows = result.series.filter((r) => r.alignment);
  Plotly.newPlot("alignment", [{type: "scatter", mode: "lines+markers", name: plain(b + " minus " + c),
                                x: rows.map((r) => firstDay(r.period)), y: rows.map((r) => r.alignment.index)}],
                 {...layout("alignment: " + b + " minus " + c), shapes}, {displaylogo: false});
  for (const button of document.querySelectorAll("button.break")) {
    button.addEventListener("click", () => {
      const events = document.getElementById("break-" + button.dataset.break);
      events.hidden = !events.hidden;
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const data = pageData();
  const page = document.body.dataset.page;
  if (page === "dyad" && data) drawDyad(data);
  if (page === "alignment" && data) drawAlignment(data);
  const evidence = document.getElementById("evidence");
  if (evidence) evidence.scrollIntoView({block: "center"});
});
