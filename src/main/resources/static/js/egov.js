// egov-province: small page behaviour shared by every page. No inline scripts (the CSP forbids them).
(function () {
    'use strict';
    function meta(name) {
        const element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.content : null;
    }
    // htmx requests carry the CSRF token like forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        const header = meta('csrf-header');
        const token = meta('csrf-token');
        if (header && token) {
            event.detail.headers[header] = token;
        }
    });
    // "Print" buttons (no inline onclick: the CSP forbids it)
    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) {
            window.print();
        }
    });
    window.egov = { meta: meta };
})();
