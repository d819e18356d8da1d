/*
 * An in-memory Excel stand-in for tests: the subset of Office.js the add-in uses, nothing more.
 * Plain JavaScript with no imports, so the same file runs under jest (require it) and in the browser
 * (served in place of office.js). It attaches `Excel`, `Office` and `ExcelStandin` (test controls) to globalThis.
 *
 * Faithful where it matters for the add-in's budgets and correctness:
 * - commands are queued and run only at context.sync(), in order; a failing command stops the batch
 *   but the commands before it stay applied (as in Excel);
 * - reading a property that was not loaded and synced throws PropertyNotLoaded;
 * - each sync records the JSON size of the writes it sent and of the values it loaded, and Excel on
 *   the web's 5 MB limit applies to every request and every response (a refused sync records why);
 * - a selection may have several areas (Ctrl+click), and then getSelectedRange fails as in Excel;
 * - writing text that starts with "=" makes a formula, "'" keeps text, number-like text becomes a number;
 * - Range.numberFormat answers per cell, "General" where no format was set (by the add-in or by a
 *   test, ExcelStandin.setNumberFormat), and a date is only its serial in Range.values, as in Excel,
 *   in the workbook's date system (ExcelStandin.date1904); Range.text shows it as a date;
 * - a chart's series are inferred from its source range as Excel does (a text cell on top names the
 *   series and its values start a row lower);
 * - the task pane may be hidden when the page starts (as when a THADS.* cell started the shared
 *   runtime): Office.addin.onVisibilityModeChanged and worksheets.onActivated handlers are told of
 *   changes; isSetSupported answers from a list of sets the test says the host lacks.
 * It evaluates nothing: a formula cell reads back its formula text (a test may say what a formula
 * returns, ExcelStandin.formulaResult, where a chart looks at it).
 */
(function (root) {
  "use strict";

  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;
  /** Excel on the web refuses requests and responses over 5 MB. */
  var PAYLOAD_LIMIT = 5 * 1024 * 1024;
  var encoder = typeof TextEncoder !== "undefined" ? new TextEncoder() : null;

  function jsonBytes(x) {
    var s = JSON.stringify(x === undefined ? null : x);
    return encoder ? encoder.encode(s).length : s.length;
  }

  function payloadError(which) {
    return officeError(
      which === "request" ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded",
      "The " + which + " payload size has exceeded the limit.",
    );
  }

  function officeError(code, message) {
    var e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { code: code, message: message };
    return e;
  }

  // ---------- A1 addresses ----------
  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n - 1;
  }
  function colLetters(i) {
    var s = "";
    for (var n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function splitSheet(address) {
    var bang = address.lastIndexOf("!");
    if (bang < 0) return { sheet: null, ref: address };
    var sheet = address.slice(0, bang);
    if (sheet.charAt(0) === "'") sheet = sheet.slice(1, -1).replace(/''/g, "'");
    return { sheet: sheet, ref: address.slice(bang + 1) };
  }
  var CELL = /^\$?([A-Z]{1,3})?\$?(\d+)?$/;
  /** "B3", "B3:D9", "A:C", "2:5" → {r0,c0,r1,c1} (0-based, inclusive) */
  function parseRef(ref) {
    var parts = ref.toUpperCase().split(":");
    if (parts.length > 2) throw officeError("InvalidArgument", "Địa chỉ không hợp lệ: " + ref);
    var a = CELL.exec(parts[0]);
    var b = CELL.exec(parts[1] === undefined ? parts[0] : parts[1]);
    if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw officeError("InvalidArgument", "Địa chỉ không hợp lệ: " + ref);
    var rect = {
      r0: a[2] ? Number(a[2]) - 1 : 0,
      c0: a[1] ? colIndex(a[1]) : 0,
      r1: b[2] ? Number(b[2]) - 1 : MAX_ROWS - 1,
      c1: b[1] ? colIndex(b[1]) : MAX_COLS - 1,
    };
    if (rect.r0 > rect.r1 || rect.c0 > rect.c1 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS || rect.r0 < 0) {
      throw officeError("InvalidArgument", "Địa chỉ không hợp lệ: " + ref);
    }
    return rect;
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  function refOf(rect) {
    var a = colLetters(rect.c0) + (rect.r0 + 1);
    var b = colLetters(rect.c1) + (rect.r1 + 1);
    return a === b ? a : a + ":" + b;
  }
  function contains(outer, inner) {
    return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
  }
  function intersect(a, b) {
    var r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
    return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
  }

  // ---------- The workbook model ----------
  function SheetModel(name) {
    this.name = name;
    this.rows = []; // rows[r][c]: value or formula text; undefined = blank
    this.formats = []; // {rect, path, value} in the order applied; last one wins
    this.numberFormats = []; // {rect, grid|null, scalar}
    this.merges = [];
    this.conditionalFormats = [];
    this.charts = [];
    this.pageLayout = { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null };
    this.frozenRows = 0;
    this.visibility = "Visible"; // "Hidden" / "VeryHidden" (ExcelStandin.hideSheet)
    this.hiddenRows = {}; // 0-based rows hidden or filtered out (ExcelStandin.hideRows)
  }
  SheetModel.prototype.get = function (r, c) {
    var row = this.rows[r];
    return row === undefined ? undefined : row[c];
  };
  SheetModel.prototype.set = function (r, c, v) {
    var row = this.rows[r] || (this.rows[r] = []);
    row[c] = v;
  };
  SheetModel.prototype.usedRect = function () {
    var r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (var r = 0; r < this.rows.length; r++) {
      var row = this.rows[r];
      if (!row) continue;
      for (var c = 0; c < row.length; c++) {
        var v = row[c];
        if (v === undefined || v === "") continue;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? null : { r0: r0, c0: c0, r1: r1, c1: c1 };
  };

  var book;
  var stats;
  var settingsLive;
  var settingsSaved;
  var state = { failOn: null, syncDelayMs: 0, displayLanguage: "vi-VN", paneVisible: true, unsupported: [] };
  /** Handlers of worksheets.onActivated and Office.addin.onVisibilityModeChanged. */
  var handlers;

  /** Makes `sheet` the active one; Excel tells onActivated handlers, after the batch, as it does. */
  function setActive(sheet) {
    var changed = book.active !== sheet;
    book.active = sheet;
    if (!changed || !sheet) return;
    handlers.activated.forEach(function (h) {
      setTimeout(function () { h({ type: "WorksheetActivated", worksheetId: sheet.name, source: "Local" }); }, 0);
    });
  }
  /** In a browser, a hidden task pane is a hidden page of no size, as a hidden webview is. */
  function applyPaneVisibility() {
    if (typeof document === "undefined") return;
    if (state.paneVisible) {
      delete document.visibilityState; // the browser's own again
      delete window.innerWidth;
      return;
    }
    Object.defineProperty(document, "visibilityState", { get: function () { return "hidden"; }, configurable: true });
    Object.defineProperty(window, "innerWidth", { get: function () { return 0; }, configurable: true });
  }
  function setPaneVisible(visible) {
    state.paneVisible = visible;
    applyPaneVisibility();
    var message = { visibilityMode: visible ? "Taskpane" : "Hidden" };
    handlers.visibility.forEach(function (h) { setTimeout(function () { h(message); }, 0); });
  }

  function reset() {
    book = { sheets: [], active: null, selection: null };
    stats = { syncs: [], runs: 0, pendingAtEnd: 0, cellsRead: 0 };
    settingsLive = {};
    settingsSaved = {};
    state.failOn = null;
    state.syncDelayMs = 0;
    state.paneVisible = true;
    state.unsupported = [];
    state.formulaResult = null;
    state.date1904 = false;
    handlers = { activated: [], visibility: [] };
  }
  reset();

  function findSheet(name) {
    var lower = String(name).toLowerCase();
    for (var i = 0; i < book.sheets.length; i++) if (book.sheets[i].name.toLowerCase() === lower) return book.sheets[i];
    return null;
  }
  function requireSheet(name) {
    var s = findSheet(name);
    if (!s) throw officeError("ItemNotFound", "Không có trang tính " + name);
    return s;
  }

  /** Excel reads typed text: "=…" is a formula, "'…" is text, number-like text a number, TRUE/FALSE booleans. */
  function typed(v) {
    if (typeof v !== "string") return v === null ? undefined : v;
    if (v.charAt(0) === "'") return { text: v.slice(1) };
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.trim())) return Number(v);
    if (/^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
    return v === "" ? undefined : v;
  }
  function plain(v) {
    return v !== null && typeof v === "object" ? v.text : v;
  }
  function readValue(v) {
    v = plain(v);
    return v === undefined ? "" : v;
  }

  // ---------- Request context and proxies ----------
  function Context() {
    this.ops = [];
    this.workbook = new WorkbookProxy(this);
  }
  Context.prototype.queue = function (kind, run, payload) {
    this.ops.push({ kind: kind, run: run, bytes: payload === undefined ? 0 : jsonBytes(payload) });
  };
  Context.prototype.sync = function (passThrough) {
    var ops = this.ops;
    this.ops = [];
    var record = { requestBytes: 0, responseBytes: 0, ops: ops.length };
    stats.syncs.push(record);
    var index = stats.syncs.length;
    var delayMs = state.syncDelayMs;
    var arrived = delayMs > 0 ? new Promise(function (resolve) { setTimeout(resolve, delayMs); }) : Promise.resolve();
    return arrived.then(function () {
      var total = ops.reduce(function (sum, op) { return sum + op.bytes; }, 0);
      if (total > PAYLOAD_LIMIT) throw (record.refused = payloadError("request"));
      for (var i = 0; i < ops.length; i++) {
        var op = ops[i];
        record.requestBytes += op.bytes;
        if (state.failOn && state.failOn({ kind: op.kind, sync: index })) {
          throw officeError("GeneralException", "Stand-in: injected failure at " + op.kind);
        }
        var loaded = op.run();
        if (loaded !== undefined) record.responseBytes += jsonBytes(loaded);
      }
      if (record.responseBytes > PAYLOAD_LIMIT) throw (record.refused = payloadError("response"));
      return passThrough;
    });
  };
  Context.prototype.trackedObjects = { add: function () {}, remove: function () {} };

  /** Base for client objects: loaded properties live in `_data`; reading before load+sync throws. */
  function defineLoadable(proto, names) {
    names.forEach(function (name) {
      Object.defineProperty(proto, name, {
        get: function () {
          if (!this._data || !(name in this._data)) {
            throw officeError(
              "PropertyNotLoaded",
              "The property '" + name + "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
            );
          }
          return this._data[name];
        },
        set: function (v) {
          if (!this._set) throw officeError("InvalidOperation", "The property '" + name + "' is read-only.");
          this._set(name, v);
        },
        configurable: true,
      });
    });
  }
  function loadList(spec) {
    if (spec === undefined) return null;
    if (typeof spec === "string") return spec.split(",").map(function (s) { return s.trim(); }).filter(Boolean);
    if (Array.isArray(spec)) return spec;
    if (spec.select) return loadList(spec.select);
    return Object.keys(spec);
  }

  // ----- Workbook -----
  function WorkbookProxy(ctx) {
    this._ctx = ctx;
    this.worksheets = new WorksheetCollection(ctx);
  }
  function currentSelection() {
    return book.selection || { sheet: book.active, rect: { r0: 0, c0: 0, r1: 0, c1: 0 }, areas: [{ r0: 0, c0: 0, r1: 0, c1: 0 }] };
  }
  /** As in Excel, a selection of several areas (Ctrl+click) makes getSelectedRange fail at sync. */
  WorkbookProxy.prototype.getSelectedRange = function () {
    return new RangeProxy(this._ctx, function () {
      var sel = currentSelection();
      if (sel.areas.length > 1) throw officeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: sel.sheet, rect: sel.rect };
    });
  };
  WorkbookProxy.prototype.getSelectedRanges = function () {
    return new RangeAreasProxy(this._ctx, function () {
      var sel = currentSelection();
      return { sheet: sel.sheet, areas: sel.areas };
    });
  };

  // ----- Worksheets -----
  function WorksheetCollection(ctx) {
    this._ctx = ctx;
  }
  /** worksheets.onActivated: handlers get {type, worksheetId, source} after the sheet changes. */
  Object.defineProperty(WorksheetCollection.prototype, "onActivated", {
    get: function () {
      var ctx = this._ctx;
      return {
        add: function (handler) {
          ctx.queue("worksheets.onActivated.add", function () { handlers.activated.push(handler); });
          return { remove: function () { handlers.activated = handlers.activated.filter(function (h) { return h !== handler; }); } };
        },
      };
    },
  });
  WorksheetCollection.prototype.getActiveWorksheet = function () {
    return new WorksheetProxy(this._ctx, function () {
      if (!book.active) throw officeError("ItemNotFound", "Không có trang tính đang mở");
      return book.active;
    });
  };
  WorksheetCollection.prototype.getItem = function (name) {
    return new WorksheetProxy(this._ctx, function () { return requireSheet(name); });
  };
  WorksheetCollection.prototype.getItemOrNullObject = function (name) {
    return new WorksheetProxy(this._ctx, function () { return findSheet(name); });
  };
  WorksheetCollection.prototype.add = function (name) {
    var ctx = this._ctx;
    var proxy = new WorksheetProxy(ctx, function () {
      throw officeError("ItemNotFound", "Trang tính chưa được tạo");
    });
    ctx.queue("worksheets.add", function () {
      if (findSheet(name)) throw officeError("ItemAlreadyExists", "Tên trang tính đã có: " + name);
      if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw officeError("InvalidArgument", "Tên trang tính không hợp lệ: " + name);
      var s = new SheetModel(name);
      book.sheets.push(s);
      proxy._bind(s);
    }, name);
    return proxy;
  };
  WorksheetCollection.prototype.load = function (spec) {
    var self = this;
    var names = loadList(spec) || ["items/name"];
    this._ctx.queue("worksheets.load", function () {
      var items = book.sheets.map(function (s) {
        var p = new WorksheetProxy(self._ctx, function () { return s; });
        p._data = { isNullObject: false };
        if (names.indexOf("items/name") >= 0 || names.indexOf("name") >= 0) p._data.name = s.name;
        if (names.indexOf("items/visibility") >= 0) p._data.visibility = s.visibility;
        return p;
      });
      self._data = { items: items };
      return items.map(function (p) { return p._data; });
    });
    return this;
  };
  defineLoadable(WorksheetCollection.prototype, ["items"]);

  // ----- Worksheet -----
  function WorksheetProxy(ctx, resolve) {
    this._ctx = ctx;
    this._resolve = resolve;
    this._model = undefined;
    var self = this;
    this.charts = { add: function (type, source, seriesBy) { return addChart(self, type, source, seriesBy); } };
    this.freezePanes = {
      freezeRows: function (n) {
        ctx.queue("freezePanes.freezeRows", function () { self._sheet().frozenRows = n === undefined ? 1 : n; }, n);
      },
    };
    this.pageLayout = pageLayoutProxy(this);
  }
  WorksheetProxy.prototype._bind = function (model) {
    this._model = model;
  };
  WorksheetProxy.prototype._sheetOrNull = function () {
    if (this._model === undefined) this._model = this._resolve();
    if (this._model && book.sheets.indexOf(this._model) < 0) throw officeError("ItemNotFound", "Trang tính đã bị xoá");
    return this._model;
  };
  WorksheetProxy.prototype._sheet = function () {
    var s = this._sheetOrNull();
    if (!s) throw officeError("ItemNotFound", "Không có trang tính này");
    return s;
  };
  WorksheetProxy.prototype.load = function (spec) {
    var self = this;
    var names = loadList(spec) || ["name"];
    this._ctx.queue("worksheet.load", function () {
      var s = self._sheetOrNull();
      self._data = { isNullObject: !s };
      if (s) names.forEach(function (n) { if (n === "name") self._data.name = s.name; });
      return self._data;
    });
    return this;
  };
  defineLoadable(WorksheetProxy.prototype, ["name", "isNullObject", "visibility"]);
  /** Renaming a sheet (worksheet.name = …), refused as Excel refuses a name taken or invalid. */
  WorksheetProxy.prototype._set = function (prop, value) {
    var self = this;
    if (prop !== "name") throw officeError("InvalidOperation", "The property '" + prop + "' is read-only.");
    this._ctx.queue("worksheet.rename", function () {
      var s = self._sheet();
      var other = findSheet(value);
      if (other && other !== s) throw officeError("ItemAlreadyExists", "Tên trang tính đã có: " + value);
      if (!value || value.length > 31 || /[\\/?*[\]:]/.test(value)) throw officeError("InvalidArgument", "Tên trang tính không hợp lệ: " + value);
      s.name = value;
    }, value);
  };
  WorksheetProxy.prototype.getRange = function (address) {
    var self = this;
    return new RangeProxy(this._ctx, function () {
      var rect = address === undefined ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } : parseRef(splitSheet(address).ref);
      return { sheet: self._sheet(), rect: rect };
    });
  };
  WorksheetProxy.prototype.getRangeByIndexes = function (r, c, rows, cols) {
    var self = this;
    return new RangeProxy(this._ctx, function () {
      if (rows < 1 || cols < 1 || r < 0 || c < 0 || r + rows > MAX_ROWS || c + cols > MAX_COLS) {
        throw officeError("InvalidArgument", "getRangeByIndexes: kích thước không hợp lệ");
      }
      return { sheet: self._sheet(), rect: { r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1 } };
    });
  };
  function usedRange(self, orNull) {
    return new RangeProxy(self._ctx, function () {
      var s = self._sheet();
      var rect = s.usedRect();
      if (!rect) return orNull ? null : { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      return { sheet: s, rect: rect };
    });
  }
  WorksheetProxy.prototype.getUsedRange = function () { return usedRange(this, false); };
  WorksheetProxy.prototype.getUsedRangeOrNullObject = function () { return usedRange(this, true); };
  WorksheetProxy.prototype.activate = function () {
    var self = this;
    this._ctx.queue("worksheet.activate", function () {
      setActive(self._sheet());
      book.selection = null;
    });
  };
  WorksheetProxy.prototype.delete = function () {
    var self = this;
    this._ctx.queue("worksheet.delete", function () {
      var s = self._sheet();
      if (book.sheets.length === 1) throw officeError("InvalidOperation", "Không thể xoá trang tính duy nhất");
      book.sheets.splice(book.sheets.indexOf(s), 1);
      if (book.active === s) setActive(book.sheets[0]);
      if (book.selection && book.selection.sheet === s) book.selection = null;
    });
  };

  function pageLayoutProxy(ws) {
    var ctx = ws._ctx;
    var p = {
      setPrintTitleRows: function (rows) {
        var ref = typeof rows === "string" ? rows : null;
        ctx.queue("pageLayout.setPrintTitleRows", function () {
          var rect = ref === null ? rows._resolved().rect : parseRef(splitSheet(ref).ref);
          ws._sheet().pageLayout.printTitleRows = { first: rect.r0 + 1, last: rect.r1 + 1 };
        }, ref);
      },
    };
    ["orientation", "paperSize", "zoom", "centerHorizontally", "leftMargin", "rightMargin", "topMargin", "bottomMargin"].forEach(function (name) {
      Object.defineProperty(p, name, {
        set: function (v) {
          ctx.queue("pageLayout." + name, function () { ws._sheet().pageLayout[name] = JSON.parse(JSON.stringify(v)); }, v);
        },
        get: function () { throw officeError("PropertyNotLoaded", "The property '" + name + "' is not available."); },
      });
    });
    return p;
  }

  // ----- Range -----
  function RangeProxy(ctx, resolve) {
    this._ctx = ctx;
    this._resolve = resolve;
    this._r = undefined;
    this.format = formatProxy(this);
    var self = this;
    this.conditionalFormats = { add: function (type) { return addConditionalFormat(self, type); } };
  }
  /** {sheet, rect} or null for a null object; resolved on first use and kept, as Office.js binds it. */
  RangeProxy.prototype._resolvedOrNull = function () {
    if (this._r === undefined) this._r = this._resolve();
    return this._r;
  };
  RangeProxy.prototype._resolved = function () {
    var r = this._resolvedOrNull();
    if (!r) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    if (book.sheets.indexOf(r.sheet) < 0) throw officeError("ItemNotFound", "Trang tính đã bị xoá");
    return r;
  };
  RangeProxy.prototype._derive = function (fn) {
    var self = this;
    return new RangeProxy(this._ctx, function () { return fn(self._resolved()); });
  };
  RangeProxy.prototype.getRow = function (i) {
    return this._derive(function (r) { return { sheet: r.sheet, rect: { r0: r.rect.r0 + i, r1: r.rect.r0 + i, c0: r.rect.c0, c1: r.rect.c1 } }; });
  };
  RangeProxy.prototype.getColumn = function (i) {
    return this._derive(function (r) { return { sheet: r.sheet, rect: { r0: r.rect.r0, r1: r.rect.r1, c0: r.rect.c0 + i, c1: r.rect.c0 + i } }; });
  };
  RangeProxy.prototype.getCell = function (i, j) {
    return this._derive(function (r) { return { sheet: r.sheet, rect: { r0: r.rect.r0 + i, r1: r.rect.r0 + i, c0: r.rect.c0 + j, c1: r.rect.c0 + j } }; });
  };
  RangeProxy.prototype.getResizedRange = function (dr, dc) {
    return this._derive(function (r) {
      var rect = { r0: r.rect.r0, c0: r.rect.c0, r1: r.rect.r1 + dr, c1: r.rect.c1 + dc };
      if (rect.r1 < rect.r0 || rect.c1 < rect.c0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) {
        throw officeError("InvalidArgument", "getResizedRange: ngoài trang tính");
      }
      return { sheet: r.sheet, rect: rect };
    });
  };
  function intersectionOf(self, other, orNull) {
    return self._derive(function (r) {
      var o = typeof other === "string" ? { sheet: r.sheet, rect: parseRef(splitSheet(other).ref) } : other._resolvedOrNull();
      var rect = o && o.sheet === r.sheet ? intersect(r.rect, o.rect) : null;
      if (!rect && !orNull) throw officeError("ItemNotFound", "Hai vùng không giao nhau");
      return rect ? { sheet: r.sheet, rect: rect } : null;
    });
  }
  RangeProxy.prototype.getIntersection = function (other) { return intersectionOf(this, other, false); };
  RangeProxy.prototype.getIntersectionOrNullObject = function (other) { return intersectionOf(this, other, true); };

  // ----- RangeAreas (getSelectedRanges): areaCount, cellCount and the areas as ranges -----
  function RangeAreasProxy(ctx, resolve) {
    this._ctx = ctx;
    var self = this;
    this._resolve = function () { return self._r || (self._r = resolve()); };
    this.areas = {
      load: function () {
        var coll = this;
        ctx.queue("rangeAreas.areas.load", function () {
          var r = self._resolve();
          var items = r.areas.map(function (rect) {
            var p = new RangeProxy(ctx, function () { return { sheet: r.sheet, rect: rect }; });
            p._data = { isNullObject: false, rowIndex: rect.r0, columnIndex: rect.c0, rowCount: rect.r1 - rect.r0 + 1, columnCount: rect.c1 - rect.c0 + 1, address: quoteSheet(r.sheet.name) + "!" + refOf(rect), rowHidden: rowHiddenOf(r.sheet, rect) };
            return p;
          });
          coll._data = { items: items };
          return items.map(function (p) { return p._data; });
        });
        return coll;
      },
    };
    defineLoadableOn(this.areas, ["items"]);
  }
  RangeAreasProxy.prototype.load = function () {
    var self = this;
    this._ctx.queue("rangeAreas.load", function () {
      var r = self._resolve();
      var cells = r.areas.reduce(function (n, a) { return n + (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1); }, 0);
      self._data = { areaCount: r.areas.length, cellCount: cells, address: r.areas.map(function (a) { return quoteSheet(r.sheet.name) + "!" + refOf(a); }).join(",") };
      return self._data;
    });
    return this;
  };
  defineLoadable(RangeAreasProxy.prototype, ["areaCount", "cellCount", "address"]);
  function defineLoadableOn(obj, names) {
    var proto = {};
    defineLoadable(proto, names);
    names.forEach(function (n) { Object.defineProperty(obj, n, Object.getOwnPropertyDescriptor(proto, n)); });
  }

  var RANGE_PROPS = ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount", "cellCount", "rowIndex", "columnIndex", "isNullObject", "text", "rowHidden"];
  defineLoadable(RangeProxy.prototype, RANGE_PROPS);

  function grid(r, cell) {
    var out = [];
    for (var i = r.rect.r0; i <= r.rect.r1; i++) {
      var row = [];
      for (var j = r.rect.c0; j <= r.rect.c1; j++) row.push(cell(i, j));
      out.push(row);
    }
    return out;
  }
  RangeProxy.prototype.load = function (spec) {
    var self = this;
    var names = loadList(spec) || ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"];
    this._ctx.queue("range.load", function () {
      var resolved = self._resolvedOrNull();
      self._data = { isNullObject: !resolved };
      if (!resolved) return self._data;
      var r = self._resolved();
      var s = r.sheet;
      var cells = (r.rect.r1 - r.rect.r0 + 1) * (r.rect.c1 - r.rect.c0 + 1);
      var big = names.some(function (n) { return n === "values" || n === "formulas" || n === "numberFormat" || n === "text"; });
      // Even blank cells cost 3 bytes each ("",), so such a grid can only break Excel on the web's 5 MB limit.
      if (big) stats.cellsRead += cells;
      if (big && cells * 3 > PAYLOAD_LIMIT) throw (stats.syncs[stats.syncs.length - 1].refused = payloadError("response"));
      names.forEach(function (n) {
        var v;
        if (n === "address") v = quoteSheet(s.name) + "!" + refOf(r.rect);
        else if (n === "values") v = grid(r, function (i, j) { return readValue(s.get(i, j)); });
        else if (n === "text") v = grid(r, function (i, j) { return shownText(readValue(s.get(i, j)), numberFormatAt(s, i, j)); });
        else if (n === "formulas") v = grid(r, function (i, j) { return readValue(s.get(i, j)); });
        else if (n === "numberFormat") v = grid(r, function (i, j) { return numberFormatAt(s, i, j); });
        else if (n === "rowCount") v = r.rect.r1 - r.rect.r0 + 1;
        else if (n === "columnCount") v = r.rect.c1 - r.rect.c0 + 1;
        else if (n === "cellCount") v = cells;
        else if (n === "rowIndex") v = r.rect.r0;
        else if (n === "columnIndex") v = r.rect.c0;
        else if (n === "rowHidden") v = rowHiddenOf(s, r.rect);
        else if (n !== "isNullObject") throw officeError("InvalidArgument", "Stand-in: cannot load " + n);
        if (v !== undefined) self._data[n] = v;
      });
      return self._data;
    });
    return this;
  };
  /** As Office.js: true when every row of the range is hidden, false when none is, null when some are. */
  function rowHiddenOf(s, rect) {
    var hidden = 0;
    for (var i = rect.r0; i <= rect.r1; i++) if (s.hiddenRows[i]) hidden++;
    return hidden === 0 ? false : hidden === rect.r1 - rect.r0 + 1 ? true : null;
  }
  function dims(r) {
    return { rows: r.rect.r1 - r.rect.r0 + 1, cols: r.rect.c1 - r.rect.c0 + 1 };
  }
  /** A 2-D input must match the range, or be one cell copied to all (Excel's "single input copy"). */
  function cellsOf(r, input, what) {
    if (!Array.isArray(input) || !Array.isArray(input[0])) throw officeError("InvalidArgument", what + " phải là mảng 2 chiều");
    var d = dims(r);
    if (input.length === 1 && input[0].length === 1) return function () { return input[0][0]; };
    if (input.length !== d.rows || input.some(function (row) { return row.length !== d.cols; })) {
      throw officeError("InvalidArgument", what + ": kích thước " + input.length + "×" + input[0].length + " không khớp vùng " + refOf(r.rect));
    }
    return function (i, j) { return input[i - r.rect.r0][j - r.rect.c0]; };
  }
  RangeProxy.prototype._set = function (name, value) {
    var self = this;
    if (name !== "values" && name !== "formulas" && name !== "numberFormat") {
      throw officeError("InvalidOperation", "The property '" + name + "' is read-only.");
    }
    var copy = JSON.parse(JSON.stringify(value));
    this._ctx.queue("range." + name, function () {
      var r = self._resolved();
      var at = cellsOf(r, copy, name);
      if (name === "numberFormat") {
        r.sheet.numberFormats.push({ rect: r.rect, at: at });
        return;
      }
      for (var i = r.rect.r0; i <= r.rect.r1; i++) {
        for (var j = r.rect.c0; j <= r.rect.c1; j++) {
          var v = at(i, j);
          if (v === null) continue; // null input leaves the cell as it is
          r.sheet.set(i, j, typed(v));
        }
      }
    }, copy);
  };
  /** A date's number → its day, month and year, in the workbook's date system (0 = 1/1/1904 in the 1904 one). */
  function dateOfSerial(serial) {
    var base = state.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    var d = new Date(base + Math.floor(serial) * 86400000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }
  /**
   * The text Excel shows for a value: a number in a format of days, months and years only
   * ("dd/mm/yyyy", "[$-42A]d/m/yy;@") as that date; anything else as its plain text.
   */
  function shownText(v, format) {
    var code = String(format).split(";")[0].replace(/\[[^\]]*\]/g, "");
    if (typeof v !== "number" || !/^[dmy\/.\- ]+$/i.test(code) || !/[dmy]/i.test(code)) return String(v);
    var p = dateOfSerial(v);
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return code.replace(/yyyy|yy|mm|m|dd|d/gi, function (t) {
      var k = t.toLowerCase();
      return k === "yyyy" ? String(p.y) : k === "yy" ? two(p.y % 100) : k === "mm" ? two(p.m) : k === "m" ? String(p.m) : k === "dd" ? two(p.d) : String(p.d);
    });
  }
  function numberFormatAt(s, i, j) {
    for (var k = s.numberFormats.length - 1; k >= 0; k--) {
      var nf = s.numberFormats[k];
      if (contains(nf.rect, { r0: i, r1: i, c0: j, c1: j })) {
        var v = nf.at(i, j);
        if (v !== null) return v;
      }
    }
    return "General";
  }
  RangeProxy.prototype.merge = function (across) {
    var self = this;
    this._ctx.queue("range.merge", function () {
      var r = self._resolved();
      var overlaps = r.sheet.merges.some(function (m) { return intersect(m, r.rect); });
      if (overlaps) throw officeError("InvalidOperation", "Vùng gộp chồng lên vùng đã gộp: " + refOf(r.rect));
      r.sheet.merges.push(r.rect);
    }, !!across);
  };
  RangeProxy.prototype.select = function () {
    var self = this;
    this._ctx.queue("range.select", function () {
      var r = self._resolved();
      setActive(r.sheet);
      book.selection = { sheet: r.sheet, rect: r.rect, areas: [r.rect] };
    });
  };

  /** range.format.*: every write is recorded as {rect, path, value}; the last write to a cell wins. */
  function formatProxy(range) {
    var ctx = range._ctx;
    function setter(obj, path, names) {
      names.forEach(function (name) {
        Object.defineProperty(obj, name, {
          set: function (v) {
            var key = path ? path + "." + name : name;
            ctx.queue("format." + key, function () {
              var r = range._resolved();
              r.sheet.formats.push({ rect: r.rect, path: key, value: v });
            }, v);
          },
          get: function () { throw officeError("PropertyNotLoaded", "The property '" + name + "' is not available."); },
          enumerable: true,
        });
      });
      return obj;
    }
    var format = setter({}, "", ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"]);
    format.font = setter({}, "font", ["bold", "italic", "size", "color", "name", "underline"]);
    format.fill = setter({}, "fill", ["color"]);
    format.borders = {
      getItem: function (index) { return setter({}, "borders." + index, ["style", "color", "weight"]); },
    };
    format.autofitColumns = function () {};
    return format;
  }

  function addConditionalFormat(range, type) {
    var model = { type: type, formula: null, fill: null, fontColor: null, range: null };
    var ctx = range._ctx;
    function prop(obj, name, apply) {
      Object.defineProperty(obj, name, {
        set: function (v) { ctx.queue("conditionalFormat." + name, function () { apply(v); }, v); },
        get: function () { throw officeError("PropertyNotLoaded", "The property '" + name + "' is not available."); },
      });
    }
    var rule = {};
    prop(rule, "formula", function (v) { model.formula = v; });
    var fill = {};
    prop(fill, "color", function (v) { model.fill = v; });
    var font = {};
    prop(font, "color", function (v) { model.fontColor = v; });
    prop(font, "bold", function (v) { model.bold = v; });
    ctx.queue("conditionalFormats.add", function () {
      var r = range._resolved();
      if (type !== "Custom") throw officeError("InvalidArgument", "Stand-in: only Custom conditional formats");
      model.range = refOf(r.rect);
      r.sheet.conditionalFormats.push(model);
    }, type);
    return { custom: { rule: rule, format: { fill: fill, font: font } } };
  }

  /**
   * Whether Excel sees text in a cell when it lays out a chart: typed text, or a formula whose result
   * the test says is text (ExcelStandin.formulaResult; the stand-in evaluates nothing itself).
   */
  function isTextCell(sheet, r, c) {
    var v = sheet.get(r, c);
    if (typeof v === "string" && v.charAt(0) === "=") {
      var result = state.formulaResult ? state.formulaResult(sheet.name, refOf({ r0: r, c0: c, r1: r, c1: c }), v) : 0;
      return typeof result === "string";
    }
    return typeof plain(v) === "string";
  }
  /**
   * Series as Excel infers them from a chart's source range, by columns: a first row holding text
   * above numbers gives the series' names, and their values start one row lower; a first column of
   * text (with other columns beside it) gives the categories.
   */
  function inferSeries(sheet, rect) {
    var names = false;
    for (var c = rect.c0; c <= rect.c1 && rect.r1 > rect.r0; c++) if (isTextCell(sheet, rect.r0, c)) names = true;
    var top = names ? rect.r0 + 1 : rect.r0;
    var categories = null;
    var first = rect.c0;
    if (rect.c1 > rect.c0) {
      var text = true;
      for (var r = top; r <= rect.r1; r++) if (!isTextCell(sheet, r, rect.c0)) text = false;
      if (text) {
        categories = refOf({ r0: top, r1: rect.r1, c0: rect.c0, c1: rect.c0 });
        first = rect.c0 + 1;
      }
    }
    var series = [];
    for (var col = first; col <= rect.c1; col++) {
      series.push({
        name: names ? readValue(sheet.get(rect.r0, col)) : null,
        values: refOf({ r0: top, r1: rect.r1, c0: col, c1: col }),
        categories: categories,
      });
    }
    return series;
  }

  function addChart(ws, type, source, seriesBy) {
    var ctx = ws._ctx;
    var model = { type: type, source: null, seriesBy: seriesBy || "Auto", title: null, from: null, to: null, series: [] };
    function seriesProxy(getModel) {
      var sp = {
        setValues: function (range) {
          ctx.queue("series.setValues", function () { getModel().values = refOf(range._resolved().rect); });
        },
        setXAxisValues: function (range) {
          ctx.queue("series.setXAxisValues", function () { getModel().categories = refOf(range._resolved().rect); });
        },
      };
      Object.defineProperty(sp, "name", {
        set: function (v) { ctx.queue("series.name", function () { getModel().name = v; }, v); },
        get: function () { throw officeError("PropertyNotLoaded", "The property 'name' is not available."); },
      });
      return sp;
    }
    ctx.queue("charts.add", function () {
      var s = ws._sheet();
      var r = source._resolved();
      if (r.sheet !== s) throw officeError("InvalidArgument", "Nguồn biểu đồ ở trang tính khác");
      model.source = refOf(r.rect);
      model.series = inferSeries(s, r.rect);
      s.charts.push(model);
    }, type);
    var title = {};
    Object.defineProperty(title, "text", {
      set: function (v) { ctx.queue("chart.title", function () { model.title = v; }, v); },
    });
    return {
      title: title,
      setPosition: function (from, to) {
        ctx.queue("chart.setPosition", function () { model.from = from; model.to = to; }, [from, to]);
      },
      series: {
        getItemAt: function (i) {
          return seriesProxy(function () {
            if (!model.series[i]) throw officeError("ItemNotFound", "Không có chuỗi số liệu " + i);
            return model.series[i];
          });
        },
        add: function (name) {
          var m = { name: name || null, values: null, categories: null };
          ctx.queue("series.add", function () { model.series.push(m); }, name);
          return seriesProxy(function () { return m; });
        },
      },
    };
  }

  // ---------- Globals ----------
  var Excel = {
    run: function (batch) {
      stats.runs++;
      var ctx = new Context();
      return Promise.resolve()
        .then(function () { return batch(ctx); })
        .then(
          function (result) { stats.pendingAtEnd += ctx.ops.length; return result; },
          function (error) { throw error; },
        );
    },
    ConditionalFormatType: { custom: "Custom" },
    ChartType: { columnClustered: "ColumnClustered", lineMarkers: "LineMarkers" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    PaperType: { a4: "A4", letter: "Letter" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    HorizontalAlignment: { left: "Left", center: "Center", right: "Right", general: "General" },
    BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight", insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal" },
    BorderLineStyle: { continuous: "Continuous", none: "None" },
    ErrorCodes: { itemNotFound: "ItemNotFound", propertyNotLoaded: "PropertyNotLoaded", generalException: "GeneralException" },
  };

  var settings = {
    get: function (name) {
      return Object.prototype.hasOwnProperty.call(settingsLive, name) ? JSON.parse(settingsLive[name]) : null;
    },
    set: function (name, value) { settingsLive[name] = JSON.stringify(value); },
    remove: function (name) { delete settingsLive[name]; },
    saveAsync: function (options, callback) {
      var cb = typeof options === "function" ? options : callback;
      settingsSaved = JSON.parse(JSON.stringify(settingsLive));
      setTimeout(function () { if (cb) cb({ status: "succeeded", value: null }); }, 0);
    },
  };

  var Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      get displayLanguage() { return state.displayLanguage; },
      document: { settings: settings },
      requirements: {
        isSetSupported: function (name, version) { return state.unsupported.indexOf(name + " " + (version || "1.1")) < 0; },
      },
    },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    addin: {
      onVisibilityModeChanged: function (handler) {
        handlers.visibility.push(handler);
        return Promise.resolve(function () {
          handlers.visibility = handlers.visibility.filter(function (h) { return h !== handler; });
          return Promise.resolve();
        });
      },
      showAsTaskpane: function () { setPaneVisible(true); return Promise.resolve(); },
      hide: function () { setPaneVisible(false); return Promise.resolve(); },
    },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
  };

  // ---------- Test controls ----------
  function sheetModel(name) {
    return requireSheet(name);
  }
  var ExcelStandin = {
    reset: reset,
    /** Adds a sheet holding `rows` (a 2-D array of values; strings are stored as given) from `origin` (default A1). */
    addSheet: function (name, rows, origin) {
      var s = new SheetModel(name);
      var at = origin ? parseRef(origin) : { r0: 0, c0: 0 };
      (rows || []).forEach(function (row, i) {
        row.forEach(function (v, j) {
          if (v !== null && v !== undefined && v !== "") s.set(at.r0 + i, at.c0 + j, typeof v === "string" && v.charAt(0) === "=" ? v : typeof v === "string" ? { text: v } : v);
        });
      });
      book.sheets.push(s);
      if (!book.active) book.active = s;
      return s;
    },
    /** Hides rows of a sheet (1-based row numbers), as the user or a filter does. */
    hideRows: function (name, rows) {
      var s = sheetModel(name);
      rows.forEach(function (n) { s.hiddenRows[n - 1] = true; });
    },
    /** The user activates a sheet (onActivated handlers are told). */
    activate: function (name) { setActive(sheetModel(name)); book.selection = null; },
    /** Selects `ref` on the sheet; "A1:B5,D1:D5" selects several areas (Ctrl+click). */
    select: function (name, ref) {
      setActive(sheetModel(name));
      var areas = String(ref).split(",").map(function (a) { return parseRef(a.trim()); });
      book.selection = { sheet: book.active, rect: areas[0], areas: areas };
    },
    selection: function () {
      return book.selection ? { sheet: book.selection.sheet.name, address: book.selection.areas.map(refOf).join(",") } : null;
    },
    sheetNames: function () { return book.sheets.map(function (s) { return s.name; }); },
    /** The user hides a sheet (Format → Hide): Excel lists it with visibility "Hidden". */
    hideSheet: function (name) { sheetModel(name).visibility = "Hidden"; },
    activeSheetName: function () { return book.active ? book.active.name : null; },
    /** Cell contents as written (formula text for formulas, "" for blank) over an A1 range. */
    read: function (name, ref) {
      var s = sheetModel(name);
      var rect = ref ? parseRef(ref) : s.usedRect();
      if (!rect) return [];
      return grid({ rect: rect }, function (i, j) { return readValue(s.get(i, j)); });
    },
    /** The used range of a sheet as A1, or null. */
    usedAddress: function (name) {
      var rect = sheetModel(name).usedRect();
      return rect ? refOf(rect) : null;
    },
    /** Format properties applied to one cell: {"font.bold": true, "fill.color": "#…", "borders.EdgeTop.style": …}. */
    formatAt: function (name, ref) {
      var s = sheetModel(name);
      var cell = parseRef(ref);
      var out = {};
      s.formats.forEach(function (f) { if (contains(f.rect, cell)) out[f.path] = f.value; });
      return out;
    },
    /** Column width (points) applied to a 0-based column, or undefined. */
    columnWidth: function (name, col) {
      var w;
      sheetModel(name).formats.forEach(function (f) { if (f.path === "columnWidth" && f.rect.c0 <= col && col <= f.rect.c1) w = f.value; });
      return w;
    },
    numberFormatAt: function (name, ref) { var c = parseRef(ref); return numberFormatAt(sheetModel(name), c.r0, c.c0); },
    /** The user formats `ref` (an A1 range) with a number format code, as Format Cells does: "dd/mm/yyyy". */
    setNumberFormat: function (name, ref, format) {
      sheetModel(name).numberFormats.push({ rect: parseRef(ref), at: function () { return format; } });
    },
    merges: function (name) { return sheetModel(name).merges.map(refOf); },
    conditionalFormats: function (name) { return JSON.parse(JSON.stringify(sheetModel(name).conditionalFormats)); },
    charts: function (name) { return JSON.parse(JSON.stringify(sheetModel(name).charts)); },
    pageLayout: function (name) { return JSON.parse(JSON.stringify(sheetModel(name).pageLayout)); },
    frozenRows: function (name) { return sheetModel(name).frozenRows; },
    /**
     * Every sync so far: {requestBytes, responseBytes, ops, refused?}; runs counts Excel.run calls;
     * pendingAtEnd counts commands never synced; cellsRead counts the cells whose contents were loaded.
     */
    get stats() { return stats; },
    resetStats: function () { stats = { syncs: [], runs: 0, pendingAtEnd: 0, cellsRead: 0 }; },
    /** failOn({kind, sync}) → true makes that command fail (earlier commands of the batch stay applied). */
    set failOn(fn) { state.failOn = fn; },
    /** Each context.sync answers after this many milliseconds (a slow connection), 0 for at once. */
    set syncDelayMs(ms) { state.syncDelayMs = ms; },
    /** Whether the task pane is shown: false before the page loads models a page started by a THADS cell. */
    set paneVisible(visible) { setPaneVisible(!!visible); },
    get paneVisible() { return state.paneVisible; },
    /** Requirement sets the host lacks, as "ExcelApi 1.9". */
    set unsupportedSets(list) { state.unsupported = list.slice(); },
    /** fn(sheetName, ref, formula) → the value Excel would compute, where a test needs one (charts look at it). */
    set formulaResult(fn) { state.formulaResult = fn; },
    /** The workbook keeps dates in the 1904 system (a Mac workbook): values are its numbers, texts show the dates. */
    set date1904(on) { state.date1904 = !!on; },
    set displayLanguage(lang) { state.displayLanguage = lang; },
    get displayLanguage() { return state.displayLanguage; },
    /** Settings as last saved with saveAsync (what a reopened workbook would hold). */
    savedSettings: function () { return JSON.parse(JSON.stringify(settingsSaved)); },
    /** Simulates reopening the workbook: unsaved settings are lost. */
    reopen: function () { settingsLive = JSON.parse(JSON.stringify(settingsSaved)); },
    jsonBytes: jsonBytes,
  };

  root.Excel = Excel;
  root.Office = Office;
  root.ExcelStandin = ExcelStandin;
  // The page also loads functions.js, which registers the custom functions as it loads.
  if (!root.CustomFunctions) {
    var CustomFunctionsError = function (code, message) { this.code = code; this.message = message; };
    root.CustomFunctions = {
      associate: function () {},
      Error: CustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    };
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
