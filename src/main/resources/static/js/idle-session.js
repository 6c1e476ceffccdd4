// The idle-session warning. After the configured idle time a dialog counts down; "stay signed in" renews the
// server session; at zero the user is signed out and sent to the sign-in page. All tabs of the site share one
// clock through localStorage, so activity in one tab keeps the others alive, and signing out in one signs
// out all. Activity is reported to the server at most once per keep-alive interval, so the server session
// (idle + countdown + keep-alive interval) never ends before the browser has signed the user out.
(function () {
    'use strict';
    const root = document.getElementById('idle-session');
    if (!root || !window.bootstrap) {
        return;
    }
    const idleMs = Number(root.dataset.idleSeconds) * 1000;
    const countdownMs = Number(root.dataset.countdownSeconds) * 1000;
    const keepAliveMs = Math.min(Number(root.dataset.keepAliveSeconds) * 1000, Math.max(1000, idleMs / 2));
    const ACTIVITY = 'egov.idle.lastActivity';
    const SIGNED_OUT = 'egov.idle.signedOut';
    const loadedAt = Date.now();
    const countdown = document.getElementById('idle-session-countdown');
    const stayButton = document.getElementById('idle-session-stay');
    const signOutButton = document.getElementById('idle-session-sign-out');
    const dialog = bootstrap.Modal.getOrCreateInstance(root);

    let localActivity = loadedAt;
    let lastReported = loadedAt;
    let lastRecorded = 0;
    let open = false;
    let leaving = false;

    function read(key) {
        try {
            return Number(window.localStorage.getItem(key)) || 0;
        } catch (e) {
            return 0;
        }
    }

    function write(key, value) {
        try {
            window.localStorage.setItem(key, String(value));
        } catch (e) {
            // private mode without storage: this tab still works on its own clock
        }
    }

    function lastActivity() {
        return Math.max(localActivity, read(ACTIVITY));
    }

    function post(url, body) {
        const headers = { 'X-Requested-With': 'XMLHttpRequest' };
        const header = window.egov && window.egov.meta('csrf-header');
        const token = window.egov && window.egov.meta('csrf-token');
        if (header && token) {
            headers[header] = token;
        }
        return fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin', redirect: 'manual' });
    }

    function keepAlive() {
        lastReported = Date.now();
        return post(root.dataset.keepAliveUrl).then(function (response) {
            if (!response.ok) {
                throw new Error('session gone');
            }
        });
    }

    function recordActivity(now) {
        localActivity = now;
        write(ACTIVITY, now);
    }

    function onActivity() {
        if (open || leaving) {
            return; // while the warning shows, only its button keeps the session
        }
        const now = Date.now();
        if (now - lastRecorded < 1000) {
            return;
        }
        lastRecorded = now;
        recordActivity(now);
        if (now - lastReported >= keepAliveMs) {
            keepAlive().catch(sessionEnded);
        }
    }

    // Where the keyboard was when the warning came: Bootstrap gives the focus back only to a button that opened a
    // dialog, and this one opens by itself, so without this a keyboard user would start again from the page's top.
    let returnTo = null;
    // the button has the focus once the dialog shows: before the fade ends it cannot take it, and Bootstrap would
    // leave it on the dialog itself
    root.addEventListener('shown.bs.modal', function () {
        stayButton.focus();
    });
    // Tab goes round the warning's two buttons: past the last one the focus would leave the page for the browser's
    // own bar (Bootstrap's trap only catches it when it comes back)
    root.addEventListener('keydown', function (event) {
        if (event.key !== 'Tab') {
            return;
        }
        const active = document.activeElement;
        if (!event.shiftKey && active === stayButton) {
            event.preventDefault();
            signOutButton.focus();
        } else if (event.shiftKey && (active === signOutButton || active === root)) {
            event.preventDefault();
            stayButton.focus();
        }
    });
    root.addEventListener('hidden.bs.modal', function () {
        if (returnTo && document.contains(returnTo) && !leaving) {
            returnTo.focus();
        }
        returnTo = null;
    });

    function show() {
        open = true;
        returnTo = document.activeElement;
        dialog.show();
        stayButton.focus();
    }

    function hide() {
        open = false;
        dialog.hide();
    }

    function goTo(url) {
        leaving = true;
        window.location.assign(url);
    }

    function sessionEnded() {
        if (!leaving) {
            goTo(root.dataset.idleUrl);
        }
    }

    function signOut(reason) {
        if (leaving) {
            return;
        }
        leaving = true;
        write(SIGNED_OUT, Date.now());
        const body = new URLSearchParams({ reason: reason });
        const target = reason === 'IDLE' ? root.dataset.idleUrl : root.dataset.signedOutUrl;
        post(root.dataset.signOutUrl, body).catch(function () {}).then(function () {
            window.location.assign(target);
        });
    }

    function tick() {
        if (leaving) {
            return;
        }
        if (read(SIGNED_OUT) > loadedAt) {
            goTo(root.dataset.idleUrl); // another tab signed out
            return;
        }
        const idle = Date.now() - lastActivity();
        if (idle >= idleMs + countdownMs) {
            signOut('IDLE');
        } else if (idle >= idleMs) {
            if (!open) {
                show();
            }
            countdown.textContent = String(Math.max(0, Math.ceil((idleMs + countdownMs - idle) / 1000)));
        } else if (open) {
            hide(); // another tab kept the session alive
        }
    }

    stayButton.addEventListener('click', function () {
        keepAlive().then(function () {
            recordActivity(Date.now());
            hide();
        }).catch(sessionEnded);
    });
    signOutButton.addEventListener('click', function () {
        signOut('USER');
    });
    ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'].forEach(function (type) {
        window.addEventListener(type, onActivity, { passive: true });
    });
    window.addEventListener('storage', function (event) {
        if (event.key === SIGNED_OUT || event.key === ACTIVITY) {
            tick();
        }
    });
    recordActivity(loadedAt); // loading a page is activity, and the server has just seen it
    window.setInterval(tick, 500);
})();
