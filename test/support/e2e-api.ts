import { PNG } from 'pngjs';

/** A small blue-banded PNG, as a scanned application form would look. */
export function scanPng(): Buffer {
  const png = new PNG({ width: 120, height: 160 });
  for (let i = 0; i < png.data.length; i += 4) {
    const y = Math.floor(i / 4 / png.width);
    png.data.set(y < 20 ? [26, 79, 160, 255] : [250, 250, 248, 255], i);
  }
  return PNG.sync.write(png);
}

/** The demo's food-business item and a form 张三 would fill in for it. */
export const FOOD_ITEM = '360100-SC-0101';
export const FOOD_FORM = { operatorName: '南昌市红谷滩区张三小吃店', creditCode: '91360100MA35F2XK16', premises: '南昌市红谷滩区丰和中大道 1234 号', category: '餐饮服务经营者', area: 86, phone: '13912345678' };

/**
 * The browser tests' way of setting a scene through the public API (what an integrator would call), as the demo
 * users: it signs in once per user and keeps the token.
 */
export function e2eApi(baseUrl: () => string, password = 'demo-Passw0rd') {
  const tokens = new Map<string, string>();

  async function token(username: string): Promise<string> {
    if (!tokens.has(username)) {
      const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
      });
      tokens.set(username, ((await response.json()) as { token: string }).token);
    }
    return tokens.get(username)!;
  }

  async function call<T>(method: 'GET' | 'POST', path: string, username: string, body?: object): Promise<T> {
    const response = await fetch(`${baseUrl()}${path}`, {
      method, headers: { authorization: `Bearer ${await token(username)}`, 'content-type': 'application/json' }, ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<T>;
  }

  /** Uploads a scanned page for one material and gives the file's id. */
  async function uploadScan(username: string, materialCode: string, name: string): Promise<string> {
    const upload = new FormData();
    upload.append('materialCode', materialCode);
    upload.append('file', new Blob([scanPng()], { type: 'image/png' }), name);
    const response = await fetch(`${baseUrl()}/api/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${await token(username)}` }, body: upload });
    if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  /** 张三 applies online for the food-business licence with the application form scanned; the others are paper. */
  async function foodApplication(): Promise<{ id: string; caseNo: string }> {
    const fileId = await uploadScan('zhangsan', 'M01', '申请书.png');
    return call<{ id: string; caseNo: string }>('POST', '/api/v1/cases', 'zhangsan', {
      itemCode: FOOD_ITEM, form: FOOD_FORM, materials: [{ code: 'M01', fileId }, ...['M02', 'M03', 'M04'].map((code) => ({ code }))],
    });
  }

  return { token, call, uploadScan, foodApplication };
}
