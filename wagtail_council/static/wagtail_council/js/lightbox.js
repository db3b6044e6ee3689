/* wagtail-council lightbox: a progressive enhancement of gallery grids.
 *
 * Without this script every thumbnail is a plain link to a large rendition.
 * With it, the same links open a modal <dialog>: focus stays inside it,
 * Esc closes it and focus returns to the thumbnail, Left/Right arrows and the
 * Previous/Next buttons move between photos, and screen readers hear the
 * position ("Photo 3 of 12") in the page's language, from the server's
 * data-template. Nothing moves on its own.
 */
(function () {
    "use strict";

    if (typeof window.HTMLDialogElement !== "function" || window.councilLightboxLoaded) {
        return; // no native dialog: the links keep working; or already loaded by another gallery
    }
    window.councilLightboxLoaded = true;

    var FOCUSABLE = "button:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";
    var uniqueId = 0;

    function Lightbox(root) {
        this.root = root;
        this.dialog = root.querySelector("[data-council-lightbox-dialog]");
        this.items = Array.prototype.slice.call(root.querySelectorAll("[data-council-lightbox-item]"));
        this.stage = this.dialog.querySelector("[data-council-lightbox-stage]");
        this.caption = this.dialog.querySelector("[data-council-lightbox-caption]");
        this.position = this.dialog.querySelector("[data-council-lightbox-position]");
        this.index = 0;
        this.opener = null;

        uniqueId += 1;
        this.position.id = "council-lightbox-position-" + uniqueId;
        this.dialog.setAttribute("aria-labelledby", this.position.id);

        var lightbox = this;
        this.items.forEach(function (item, index) {
            item.addEventListener("click", function (event) {
                if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                    return; // let the browser open the photo in a new tab or window
                }
                event.preventDefault();
                lightbox.open(index, item);
            });
        });
        this.dialog.querySelector("[data-council-lightbox-close]").addEventListener("click", function () {
            lightbox.dialog.close();
        });
        this.dialog.querySelector("[data-council-lightbox-previous]").addEventListener("click", function () {
            lightbox.move(-1);
        });
        this.dialog.querySelector("[data-council-lightbox-next]").addEventListener("click", function () {
            lightbox.move(1);
        });
        this.dialog.addEventListener("keydown", function (event) {
            lightbox.onKeydown(event);
        });
        this.dialog.addEventListener("click", function (event) {
            if (event.target === lightbox.dialog) {
                lightbox.dialog.close(); // a click on the backdrop
            }
        });
        this.dialog.addEventListener("close", function () {
            lightbox.onClose();
        });
    }

    Lightbox.prototype.open = function (index, opener) {
        this.opener = opener;
        this.show(index);
        this.dialog.showModal();
        this.dialog.querySelector("[data-council-lightbox-close]").focus();
    };

    Lightbox.prototype.move = function (step) {
        var count = this.items.length;
        this.show((this.index + step + count) % count);
    };

    Lightbox.prototype.show = function (index) {
        var item = this.items[index];
        var figure = item.closest("figure");
        var thumbnail = item.querySelector("img");
        this.index = index;

        var picture = document.createElement("picture");
        JSON.parse(item.getAttribute("data-sources") || "[]").forEach(function (source) {
            var element = document.createElement("source");
            element.type = source.type;
            element.srcset = source.srcset;
            element.sizes = "100vw";
            picture.appendChild(element);
        });
        var image = document.createElement("img");
        image.src = item.getAttribute("href");
        image.width = Number(item.getAttribute("data-width"));
        image.height = Number(item.getAttribute("data-height"));
        image.alt = thumbnail ? thumbnail.alt : "";
        image.className = "council-lightbox__image";
        picture.appendChild(image);
        this.stage.replaceChildren(picture);

        var caption = figure ? figure.querySelector("figcaption") : null;
        this.caption.replaceChildren();
        if (caption) {
            Array.prototype.forEach.call(caption.childNodes, function (node) {
                this.caption.appendChild(node.cloneNode(true));
            }, this);
        }
        this.caption.hidden = !caption;

        this.position.textContent = this.position.getAttribute("data-template")
            .replace("{number}", String(index + 1))
            .replace("{total}", String(this.items.length));
    };

    Lightbox.prototype.onKeydown = function (event) {
        if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
            var forward = event.key === "ArrowRight";
            if (getComputedStyle(this.dialog).direction === "rtl") {
                forward = !forward;
            }
            event.preventDefault();
            this.move(forward ? 1 : -1);
        } else if (event.key === "Tab") {
            this.keepFocusInside(event);
        }
    };

    Lightbox.prototype.keepFocusInside = function (event) {
        var focusable = Array.prototype.filter.call(
            this.dialog.querySelectorAll(FOCUSABLE),
            function (element) { return element.getClientRects().length > 0; }
        );
        if (!focusable.length) {
            event.preventDefault();
            return;
        }
        var first = focusable[0];
        var last = focusable[focusable.length - 1];
        var active = document.activeElement;
        if (event.shiftKey && (active === first || !this.dialog.contains(active))) {
            event.preventDefault();
            last.focus();
        } else if (!event.shiftKey && (active === last || !this.dialog.contains(active))) {
            event.preventDefault();
            first.focus();
        }
    };

    Lightbox.prototype.onClose = function () {
        this.stage.replaceChildren();
        this.position.textContent = "";
        if (this.opener) {
            this.opener.focus();
        }
    };

    function enhance() {
        document.querySelectorAll("[data-council-lightbox]").forEach(function (root) {
            if (!root.hasAttribute("data-council-lightbox-ready") && root.querySelector("[data-council-lightbox-dialog]")) {
                root.setAttribute("data-council-lightbox-ready", "");
                new Lightbox(root);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhance);
    } else {
        enhance();
    }
}());
