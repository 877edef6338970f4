// Draws the dashboard's charts from the tables that give their figures as text (the charts' text alternative), and
// again whenever htmx swaps in fresh figures. Loaded from the page, never inline: the Content-Security-Policy says so.
(() => {
    const colours = {revenue: "#0172ad", orders: "#c52f21", delivered: "#398712", sent: "#0172ad", failed: "#c52f21"};

    const rows = (table) => Array.from(table.tBodies[0].rows);
    const labels = (table) => rows(table).map((row) => row.cells[0].textContent.trim());
    const column = (table, index) => rows(table).map((row) => Number(row.cells[index].dataset.value));
    const wholeNumbers = {beginAtZero: true, ticks: {precision: 0}};

    const charts = {
        sales: (table) => ({
            type: "bar",
            data: {
                labels: labels(table),
                datasets: [
                    {label: "Revenue", data: column(table, 2), backgroundColor: colours.revenue, yAxisID: "revenue"},
                    {
                        type: "line",
                        label: "Orders",
                        data: column(table, 1),
                        borderColor: colours.orders,
                        backgroundColor: colours.orders,
                        yAxisID: "orders",
                    },
                ],
            },
            options: {
                scales: {
                    revenue: {position: "left", beginAtZero: true},
                    orders: {...wholeNumbers, position: "right", grid: {drawOnChartArea: false}},
                },
            },
        }),
        campaigns: (table) => ({
            type: "bar",
            data: {
                labels: labels(table),
                datasets: [
                    {label: "Delivered", data: column(table, 2), backgroundColor: colours.delivered},
                    {label: "Sent", data: column(table, 3), backgroundColor: colours.sent},
                    {label: "Failed", data: column(table, 4), backgroundColor: colours.failed},
                ],
            },
            options: {indexAxis: "y", scales: {x: {...wholeNumbers, stacked: true}, y: {stacked: true}}},
        }),
    };

    function draw(canvas) {
        const table = document.getElementById(canvas.dataset.table);
        const chart = charts[canvas.dataset.chart];
        if (!table || !chart || typeof Chart === "undefined") {
            return;
        }
        Chart.getChart(canvas)?.destroy();
        const config = chart(table);
        // No animation: figures refresh live, and a chart that moves on every refresh is hard to read.
        config.options = {...config.options, animation: false, responsive: true, maintainAspectRatio: false};
        new Chart(canvas, config);
    }

    function release(root) {
        root.querySelectorAll("canvas[data-chart]").forEach((canvas) => Chart.getChart(canvas)?.destroy());
    }

    const drawAll = () => document.querySelectorAll("canvas[data-chart]").forEach(draw);
    document.addEventListener("DOMContentLoaded", drawAll);
    // The swap takes the old canvases away: let their charts go first, so that a day of live updates leaks nothing.
    document.addEventListener("htmx:beforeSwap", (event) => typeof Chart !== "undefined" && release(event.detail.target));
    document.addEventListener("htmx:afterSettle", drawAll);
})();
