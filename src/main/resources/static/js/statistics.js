// egov-province: the statistics dashboard's trend chart, drawn from the month table that stays on the page for
// screen readers, printing and visitors without JavaScript (the chart itself is hidden from assistive technology).
(function () {
    'use strict';
    const holder = document.getElementById('trend-chart');
    const table = document.getElementById('trend-table');
    if (!holder || !table || typeof uPlot === 'undefined') {
        return;
    }
    const rows = Array.from(table.querySelectorAll('tbody tr[data-month]'));
    if (rows.length < 2) {
        return; // one month is a row of numbers, not a trend
    }
    const months = rows.map(function (row) {
        const parts = row.dataset.month.split('-');
        return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, 1) / 1000;
    });
    function series(name) {
        return rows.map(function (row) {
            const cell = row.querySelector('[data-series="' + name + '"]');
            return cell ? Number(cell.textContent.replace(/\D/g, '')) : 0;
        });
    }
    const options = {
        width: holder.clientWidth || 600,
        height: 260,
        scales: { x: { time: true } },
        series: [
            {},
            { label: holder.dataset.labelReceived, stroke: '#0b5ed7', width: 2 },
            { label: holder.dataset.labelProcessed, stroke: '#198754', width: 2 },
            { label: holder.dataset.labelLate, stroke: '#b02a37', width: 2 }
        ],
        axes: [{ values: '{MM}/{YYYY}' }, {}]
    };
    const chart = new uPlot(options, [months, series('received'), series('processed'), series('late')], holder);
    window.addEventListener('resize', function () {
        chart.setSize({ width: holder.clientWidth || 600, height: 260 });
    });
})();
