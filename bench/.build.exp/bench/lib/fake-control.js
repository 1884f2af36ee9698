export async function resetFake(fakeUrl, limits = {}) {
    const res = await fetch(`${fakeUrl}/__reset`, { method: 'POST', body: JSON.stringify(limits) });
    if (!res.ok)
        throw new Error(`fake Slack reset failed: ${res.status}`);
}
export async function fakeStats(fakeUrl) {
    const res = await fetch(`${fakeUrl}/__stats`);
    return (await res.json());
}
//# sourceMappingURL=fake-control.js.map