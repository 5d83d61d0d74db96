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

function lastDay(period, freq) {
  if (period.length === 7) {
    const [y, m] = period.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (freq === "week") {  // a week is named by its Monday
    const day = new Date(period + "T00:00:00Z");
    day.setUTCDate(day.getUTCDate() + 6);
    return day.toISOString().slice(0, 10);
  }
  return period;
}

// Plotly reads a few HTML tags in its titles and legends (<a href>, <b>): text from the page's
// address or the store goes in with its markup characters escaped, so it shows as typed
function plain(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// room above a chart for its title and the legend over it
const CHART_MARGIN = {t: 60};

// the legend's place is the server's charts' own (entente.relations.charts.LEGEND), sent with the data
const layout = (title, legend) => ({
  margin: CHART_MARGIN, legend: legend, title: {text: plain(title), font: {size: 14}},
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

// the dyad chart is drawn as the server made it (entente.relations.charts.dyad_figure)
function drawDyad(data) {
  const chart = document.getElementById("chart");
  const chartLayout = {...data.figure.layout, margin: CHART_MARGIN,
                       title: {text: plain(data.a + " and " + data.others.join(", ") + " by " + data.freq),
                               font: {size: 14}}};
  Plotly.newPlot(chart, data.figure.data, chartLayout, {displaylogo: false});
  chart.on("plotly_click", async (click) => {
    // the clicked line's own direction: one actor's acts toward another
    const period = click.points[0].customdata;
    const [source, target] = data.pairs[click.points[0].curveNumber];
    const params = new URLSearchParams({a: source, b: target, since: firstDay(period), until: lastDay(period, data.freq),
                                        direction: "out"});
    const response = await fetch("/api/dyad/events?" + params);
    document.getElementById("period-events").replaceChildren(eventRows(await response.json()));
  });
}

const QUADS = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"};

// every month from the first to the last comes from the server (explore.every_month); an empty one is a gap
function drawOverview(data) {
  const traces = Object.entries(QUADS).map(([quad, name]) => ({
    type: "bar", name: name, x: data.by_month.map((r) => firstDay(r.month)),
    y: data.by_month.map((r) => (r.quad ? r.quad[quad] : null))}));
  const chartLayout = {...layout("asserted events per month", data.legend), barmode: "stack"};
  chartLayout.yaxis = {title: {text: "events"}};
  Plotly.newPlot("by-month", traces, chartLayout, {displaylogo: false});
  drawPlaces(data.places);
}

// the world's outlines (served from the package) with a circle on each country where events happened
async function drawPlaces(places) {
  const world = (await (await fetch("/static/world.json")).json()).countries;
  const lon = [];
  const lat = [];
  for (const country of Object.values(world)) {
    for (const ring of country.rings) {
      for (const [x, y] of ring) { lon.push(x); lat.push(y); }
      lon.push(null); lat.push(null);
    }
  }
  const shown = places.filter((p) => world[p.country]);
  const traces = [
    {type: "scatter", mode: "lines", x: lon, y: lat, line: {color: "#bbb", width: 0.7}, hoverinfo: "skip",
     showlegend: false},
    {type: "scatter", mode: "markers", name: "events", x: shown.map((p) => world[p.country].centre[0]),
     y: shown.map((p) => world[p.country].centre[1]),
     marker: {size: shown.map((p) => 6 + 4 * Math.sqrt(p.events)), color: "#d62728", opacity: 0.6},
     text: shown.map((p) => plain(world[p.country].name) + ": " + p.events + " events"), hoverinfo: "text"}];
  const hidden = {visible: false, fixedrange: true};
  Plotly.newPlot("places", traces, {margin: {t: 10, b: 10, l: 10, r: 10}, showlegend: false,
                                    xaxis: {...hidden, range: [-180, 180]},
                                    yaxis: {...hidden, range: [-60, 85], scaleanchor: "x"}},
                 {displaylogo: false});
}

// the alignment page's charts are the report's (entente.relations.report.figures), drawn as sent
function drawAlignment(figures) {
  for (const [id, figure] of Object.entries(figures)) {
    Plotly.newPlot(id, figure.data, figure.layout, {displaylogo: false});
  }
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
  if (page === "overview" && data) drawOverview(data);
  if (page === "dyad" && data) drawDyad(data);
  if (page === "alignment" && data) drawAlignment(data);
  const evidence = document.getElementById("evidence");
  if (evidence) evidence.scrollIntoView({block: "center"});
});
