// The trace types the dashboard's charts use; the version must match the plotly.js that the
// installed plotly (Python) writes figures for (tests/test_plotly_bundle.py checks it).
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/scattergeo'),
    require('plotly.js/lib/scattergl'),
]);

window.Plotly = Plotly;
