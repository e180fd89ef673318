// Charts of the ministry dashboard (Chart.js, vendored in lib/chartjs). Each <canvas data-chart="bar|line|doughnut"
// data-chart-table="ID" data-chart-columns="0,2"> draws the named columns of the accessible table next to it, so the
// numbers exist once, in the table; the chart is a picture of them.
// Chart.js (200 KB) is fetched only when a chart comes near the screen (the script tag's data-chartjs names it), so a
// phone paints the page first and a reader who never scrolls to a chart never downloads it.
(function () {
    'use strict';
    var script = document.currentScript;
    var canvases = Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
    var source = script && script.getAttribute('data-chartjs');
    if (canvases.length === 0 || !source) {
        return;
    }

    var palette = ['#0d6efd', '#d63384', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#dc3545', '#0dcaf0'];
    var requested = false;

    function draw(canvas) {
        var table = document.getElementById(canvas.dataset.chartTable);
        if (!table) {
            return;
        }

        var kind = canvas.dataset.chart;
        var columns = (canvas.dataset.chartColumns || '0').split(',').map(Number);
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
        var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (tr) { return tr.querySelector('th'); });
        var labels = rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
        var datasets = columns.map(function (col, i) {
            var data = rows.map(function (tr) {
                var cell = tr.querySelectorAll('td')[col];
                return cell ? Number(cell.dataset.value || 0) : 0;
            });
            return {
                label: headers[col + 1],
                data: data,
                backgroundColor: kind === 'doughnut' ? palette : palette[i % palette.length],
                borderColor: kind === 'line' ? palette[i % palette.length] : undefined,
            };
        });

        new Chart(canvas, {
            type: kind,
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: true,
                animation: false,
                indexAxis: kind === 'bar' && labels.length > 6 ? 'y' : 'x',
                plugins: { legend: { display: datasets.length > 1 || kind === 'doughnut' } },
            },
        });
    }

    function load() {
        if (requested) {
            return;
        }

        requested = true;
        var tag = document.createElement('script');
        tag.src = source;
        tag.addEventListener('load', function () { canvases.forEach(draw); });
        document.head.appendChild(tag);
    }

    if (!('IntersectionObserver' in window)) {
        load();
        return;
    }

    var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
            observer.disconnect();
            load();
        }
    }, { rootMargin: '300px 0px' });
    canvases.forEach(function (canvas) { observer.observe(canvas); });
})();
