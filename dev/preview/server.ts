// `npm start`: the built add-on (dist/Code.js) on this machine, with no Google account. A page
// shows the sample workbook, the menu as buttons and the sidebars; every click and every
// google.script.run call runs Code.js in node:vm against the in-memory workbook.
//
// HTTP surface (JSON unless said otherwise):
//   GET  /                      the page (HTML)           GET /preview.js, /preview.css
//   GET  /api/state             PreviewState: workbooks, menu, sheets, events, sidebar, selection
//   POST /api/run/<function>    a menu click → { ok, error?, state }
//   POST /rpc/<function>        google.script.run: body { args: [...] } → { ok, result } | { ok, error }
//   GET  /sidebar               the shown sidebar's HTML with the google.script shim (HTML)
//   POST /api/sidebar/close     google.script.host.close()
//   GET  /dialog                the shown modal dialog's HTML with the shim (HTML)
//   POST /api/dialog/close      the dialog's google.script.host.close()
//   GET  /api/document/<id>     a Google Doc the add-on created, element by element (DocumentView)
//   POST /api/reset             «Начать заново»: a fresh copy of the current sample
//   POST /api/workbook/<id>     switch between the sample workbooks («Школа», «Куратор»)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SAMPLE_WORKBOOKS, type SampleWorkbook } from '../sample/sampleWorkbook';
import { findRoot, loadAssets, type PreviewAssets } from './assets';
import { PreviewSession } from './session';

export interface PreviewOptions {
  /** 0: any free port. */
  readonly port?: number;
  readonly host?: string;
  /** The repository root (found from this file by default). */
  readonly root?: string;
  readonly samples?: readonly SampleWorkbook[];
}

export interface PreviewServer {
  readonly url: string;
  readonly session: PreviewSession;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// The page loads nothing from elsewhere; sidebars may only use their own inline code.
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:";
const SIDEBAR_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'";

function send(response: ServerResponse, status: number, type: string, body: string, csp?: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
  });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json', JSON.stringify(value));

/** The shown sidebar's or dialog's HTML with the google.script shim; 404 saying what is not open. */
function sendShown(
  response: ServerResponse,
  session: PreviewSession,
  assets: PreviewAssets,
  html: string | null,
  notShown: string,
): void {
  if (html === null) send(response, 404, 'text/plain', notShown);
  else send(response, 200, 'text/html', assets.withShim(html, session.rpcFunctionNames()), SIDEBAR_CSP);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function rpcArgs(request: IncomingMessage): Promise<unknown[]> {
  const text = await readBody(request);
  if (!text.trim()) return [];
  const body = JSON.parse(text) as { args?: unknown };
  return Array.isArray(body.args) ? body.args : [];
}

function handler(session: PreviewSession, assets: PreviewAssets) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://preview.local');
    const path = url.pathname;
    const [, area, name] = /^\/(api\/run|rpc|api\/workbook)\/([^/]+)$/.exec(path) ?? [];
    const method = request.method ?? 'GET';
    try {
      if (method === 'GET' && path === '/')
        return send(response, 200, 'text/html', assets.pageHtml, PAGE_CSP);
      if (method === 'GET' && path === '/preview.js')
        return send(response, 200, 'text/javascript', assets.pageJs);
      if (method === 'GET' && path === '/preview.css') return send(response, 200, 'text/css', assets.pageCss);
      if (method === 'GET' && path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      if (method === 'GET' && path === '/api/state') return sendJson(response, 200, session.state());
      const documentId = /^\/api\/document\/([\w-]+)$/.exec(path)?.[1];
      if (method === 'GET' && documentId) {
        const document = session.document(documentId);
        return document
          ? sendJson(response, 200, document)
          : send(response, 404, 'text/plain', 'Нет документа');
      }
      if (method === 'GET' && path === '/dialog')
        return sendShown(response, session, assets, session.dialogHtml(), 'Окно не открыто');
      if (method === 'GET' && path === '/sidebar')
        return sendShown(response, session, assets, session.sidebarHtml(), 'Панель не открыта');
      if (method !== 'POST') return send(response, 404, 'text/plain', 'Не найдено');
      if (path === '/api/reset') {
        session.reset();
        return sendJson(response, 200, { state: session.state() });
      }
      if (path === '/api/sidebar/close') {
        session.closeSidebar();
        return sendJson(response, 200, { state: session.state() });
      }
      if (path === '/api/dialog/close') {
        session.closeDialog();
        return sendJson(response, 200, { state: session.state() });
      }
      const functionName = decodeURIComponent(name ?? '');
      if (area === 'api/workbook') {
        const found = session.switchTo(functionName);
        return sendJson(response, found ? 200 : 404, { state: session.state() });
      }
      if ((area === 'api/run' || area === 'rpc') && !IDENTIFIER.test(functionName)) {
        return sendJson(response, 400, {
          ok: false,
          error: { name: 'Error', message: `Script function not found: ${functionName}` },
        });
      }
      if (area === 'api/run') {
        const outcome = session.runMenu(functionName);
        return sendJson(response, 200, { ...outcome, state: session.state() });
      }
      if (area === 'rpc') return sendJson(response, 200, session.rpc(functionName, await rpcArgs(request)));
      return send(response, 404, 'text/plain', 'Не найдено');
    } catch (error) {
      return sendJson(response, 500, { ok: false, error: { name: 'Error', message: String(error) } });
    }
  };
}

/** Starts the preview server; resolves once it listens. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const root = options.root ?? findRoot();
  const assets = await loadAssets(root);
  const session = new PreviewSession(options.samples ?? SAMPLE_WORKBOOKS, assets.code, assets.distHtml);
  const server = createServer((request, response) => void handler(session, assets)(request, response));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    session,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** `npm start`: PORT or 8080, or any free port when that one is taken. */
export async function runPreviewCli(): Promise<PreviewServer> {
  const wanted = Number(process.env.PORT ?? 8080);
  let preview: PreviewServer;
  try {
    preview = await startPreview({ port: wanted });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    preview = await startPreview({ port: 0 });
  }
  console.log(`ШНОР-монитор preview: ${preview.url}`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return preview;
}
