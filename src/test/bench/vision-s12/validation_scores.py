# Session 12 (issue 16): scores the validation part of the real photos offline from what VisionRealDump wrote
# (target/s12/dump: validation pictures, the demo store's training and held-out photos, under 11 test-time views).
# Never reads the test part. Run from the project root: python3 src/test/bench/vision-s12/validation_scores.py target/s12/dump
import numpy as np, sys, itertools
D = sys.argv[1] if len(sys.argv) > 1 else 'target/s12/dump'
VIEWS = ["plain","flip","grey","zoom-in","zoom-out","crop-tl","crop-tr","crop-bl","crop-br","flip-zoom-in","flip-zoom-out"]
V = len(VIEWS); H = 64
def load(name):
    a = np.fromfile(f'{D}/{name}.bin', dtype='>f4').astype(np.float64)
    return a.reshape(-1, V, H)
ob = np.fromfile(f'{D}/output.bin', dtype='>f4').astype(np.float64)
C = (len(ob)) // (H + 1)
W = ob[:H*C].reshape(H, C); b = ob[H*C:]
val = load('val'); ref = load('ref'); held = load('held')
vl = [l.split('\t') for l in open(f'{D}/val.txt').read().splitlines()]
refl = open(f'{D}/ref.txt').read().splitlines(); heldl = open(f'{D}/held.txt').read().splitlines()
classes = sorted(set(refl))
# class order of the model: read from the model's own order? use the zip meta: the W columns follow the model's subCategories
import zipfile, io
z = zipfile.ZipFile('models/vision/vision-model.zip')
meta = z.read('objects/vitrine-vision.properties').decode('latin-1')
import re
props = {}
key=None
# java properties: subCategories=a\nb\n... escaped as \n
for line in meta.splitlines():
    if line.startswith('subCategories='):
        classes = line[len('subCategories='):].replace('\\n', '\n').split('\n'); break
assert len(classes) == C, (len(classes), C)
ci = {c:i for i,c in enumerate(classes)}
group = np.array([g for g,_ in vl]); lab = np.array([ci[s] if s != '-' else -1 for _,s in vl])
inshop = lab >= 0
reflab = np.array([ci[s] for s in refl]); heldlab = np.array([ci[s] for s in heldl])
real_out = (~inshop) & ~np.isin(group, ['noise','landscape'])
print(f'val {len(lab)}: in {inshop.sum()}, real not-sold {real_out.sum()}, drawn {(~inshop).sum()-real_out.sum()}; ref {len(reflab)}, held {len(heldlab)}')

def logits(h): return h @ W + b
def unit(h): return h / np.maximum(np.linalg.norm(h, axis=-1, keepdims=True), 1e-12)
def softmax(z, T=1.0):
    z = z / T; z = z - z.max(-1, keepdims=True); e = np.exp(z); return e / e.sum(-1, keepdims=True)

def auroc(s_in, s_out):
    s = np.concatenate([s_in, s_out]); r = np.empty(len(s)); o = np.argsort(s, kind='mergesort')
    # average ranks for ties
    ss = s[o]; ranks = np.arange(1, len(s)+1, dtype=float)
    i = 0
    while i < len(ss):
        j = i
        while j+1 < len(ss) and ss[j+1] == ss[i]: j += 1
        ranks[i:j+1] = (i + j + 2) / 2; i = j + 1
    r[o] = ranks
    return (r[:len(s_in)].sum() - len(s_in)*(len(s_in)+1)/2) / (len(s_in)*len(s_out))
def au(score): return auroc(score[inshop], score[~inshop])
def au_real(score): return auroc(score[inshop], score[real_out])

def ece(conf, correct, bins=15):
    bi = np.clip(np.ceil(conf*bins).astype(int)-1, 0, bins-1); e = 0
    for k in range(bins):
        m = bi == k
        if m.any(): e += abs(correct[m].mean() - conf[m].mean()) * m.sum() / len(conf)
    return e
def fit_T(z, y):
    best = (9, 1)
    for step in range(601):
        t = np.exp(np.log(0.05) + (np.log(20) - np.log(0.05)) * step / 600)
        p = softmax(z, t); e = ece(p.max(-1), p.argmax(-1) == y)
        if e < best[0]: best = (e, t)
    return best[1], best[0]

def topk(z, y):
    rank = (z > z[np.arange(len(y)), y][:, None]).sum(-1)
    return (rank == 0).mean(), (rank < 3).mean()

zin = logits(val[inshop]); yin = lab[inshop]
print('\n== single views, validation in-shop (top-1 / top-3)')
for v in range(V):
    t1, t3 = topk(zin[:, v], yin); print(f'  {VIEWS[v]:14s} {t1:.3f} / {t3:.3f}')
SUBSETS = {
 'plain': [0],
 'plain+flip': [0,1],
 'plain+flip+grey': [0,1,2],
 'plain+flip+zoom-in+flip-zoom-in': [0,1,3,9],
 'plain+flip+zoom-out+flip-zoom-out': [0,1,4,10],
 'scales (plain, flip, zoom-in/out and their flips)': [0,1,3,4,9,10],
 'scales+grey': [0,1,2,3,4,9,10],
 'five crops (plain, 4 corners)': [0,5,6,7,8],
 'five crops + flip': [0,1,5,6,7,8],
 'all 11': list(range(V)),
}
print('\n== TTA subsets: top-1 / top-3 (average of logits | average of softmax at T=1 | of unit-embedding mean -> logits of the mean hidden)')
tta = {}
for name, s in SUBSETS.items():
    za = zin[:, s].mean(1)
    pa = softmax(zin[:, s]).mean(1)
    a1 = topk(za, yin); a2 = topk(np.log(pa), yin)
    tta[name] = s
    print(f'  {name:52s} {a1[0]:.3f} / {a1[1]:.3f} | {a2[0]:.3f} / {a2[1]:.3f}')

def calib_report(zval_in, name):
    T, e = fit_T(zval_in, yin); print(f'  {name}: T {T:.3f}, val ECE {e:.3f}')
    return T

# OOD scores
def std(x, ref_x): return (x - ref_x.mean()) / (ref_x.std() if ref_x.std() > 0 else 1)
def scores_for(s, agg='logits'):
    """s = view subset. returns dict of per-picture scores for val and held (held for standardisation)."""
    out = {}
    zv = logits(val[:, s]).mean(1); zh = logits(held[:, s]).mean(1)
    T, _ = fit_T(zv[inshop], yin)
    uv = unit(unit(val[:, s]).mean(1)); uh = unit(unit(held[:, s]).mean(1)); ur = unit(ref[:, 0])  # reference: plain view
    urs = unit(unit(ref[:, s]).mean(1))
    msp = lambda z: softmax(z, T).max(-1)
    out['msp'] = (msp(zv), msp(zh))
    out['maxlogit'] = (zv.max(-1), zh.max(-1))
    lse = lambda z: T*np.log(np.exp((z - z.max(-1, keepdims=True))/T).sum(-1)) + z.max(-1)
    out['energy'] = (lse(zv), lse(zh))
    out['lse T=1'] = (np.log(np.exp(zv - zv.max(-1,keepdims=True)).sum(-1)) + zv.max(-1), np.log(np.exp(zh - zh.max(-1,keepdims=True)).sum(-1)) + zh.max(-1))
    nv = np.linalg.norm(val[:, s], axis=-1).mean(1); nh = np.linalg.norm(held[:, s], axis=-1).mean(1)
    out['feature-norm'] = (nv, nh)
    for refname, R in (('ref-plain', ur), ('ref-views', urs)):
        cv = uv @ R.T; ch = uh @ R.T
        cvs = -np.sort(-cv, 1); chs = -np.sort(-ch, 1)
        for k in (1, 5, 10, 50):
            out[f'knn k={k} {refname}'] = (cvs[:, k-1], chs[:, k-1])
    # Mahalanobis: class means of the reference (unit embeddings), shared covariance with shrinkage
    for space, Xr, Xv, Xh in (('unit', ur, uv, uh), ('raw', ref[:, 0], val[:, s].mean(1), held[:, s].mean(1))):
        mu = np.stack([Xr[reflab == c].mean(0) for c in range(C)])
        Xc = Xr - mu[reflab]
        S = Xc.T @ Xc / len(Xr)
        for alpha in (0.0, 0.1, 0.3, 'LW'):
            if alpha == 'LW':
                # Ledoit-Wolf shrinkage towards a scaled identity
                n, p = Xc.shape; m = np.trace(S)/p
                d2 = ((S - m*np.eye(p))**2).sum()
                b2 = sum(((np.outer(x, x) - S)**2).sum() for x in Xc) / n**2
                a = min(b2, d2)/d2; Sh = a*m*np.eye(p) + (1-a)*S; lab_a = f'LW {a:.3f}'
            else:
                Sh = (1-alpha)*S + alpha*np.trace(S)/S.shape[0]*np.eye(S.shape[0]); lab_a = f'{alpha}'
            P = np.linalg.pinv(Sh)
            def maha(X):
                d = X[:, None, :] - mu[None]; return -np.einsum('ncp,pq,ncq->nc', d, P, d).min(1)
            out[f'mahalanobis {space} shrink {lab_a}'] = (maha(Xv), maha(Xh))
    return T, out


# ---- part 1: the OOD scores one by one and mixed with msp, per view set
base_T = None
for tname in ['plain', 'plain+flip', 'scales (plain, flip, zoom-in/out and their flips)', 'all 11']:
    s = SUBSETS[tname]
    T, out = scores_for(s)
    print(f'\n== OOD scores with views [{tname}] (T {T:.3f}): AUROC all others / real not-sold only')
    for k, (v, h) in out.items():
        print(f'  {k:40s} {au(v):.3f} / {au_real(v):.3f}')
    # mixes with msp, standardised over held-out demo photos
    print('  mixes: msp + x at best weight (weights 0..1 by 0.05), AUROC; and msp+knn1+x three-way')
    m_v, m_h = out['msp']
    for k, (v, h) in out.items():
        if k == 'msp': continue
        res = []
        for w in np.arange(0, 1.0001, 0.05):
            sc = (1-w)*std(m_v, m_h) + w*std(v, h); res.append((au(sc), w))
        best = max(res)
        print(f'    msp + {k:40s} best w {best[1]:.2f} AUROC {best[0]:.3f} (w=0.2: {res[4][0]:.3f})')

# ---- part 2: TTA logits with the plain / averaged embedding, two- and three-way mixes
S4 = [0,1,4,10]
def mixgrid(parts, names):
    # parts: list of (val, held) ; all standardised over held; weights on a simplex grid step 0.05
    Z = [std(v, h) for v, h in parts]
    best = (0, None)
    steps = 20
    import itertools
    for ws in itertools.product(range(steps+1), repeat=len(Z)-1):
        if sum(ws) > steps: continue
        w = [x/steps for x in ws]; w0 = 1 - sum(w)
        sc = w0*Z[0] + sum(wi*zi for wi, zi in zip(w, Z[1:]))
        a = au(sc)
        if a > best[0]: best = (a, [round(w0,2)] + w)
    return best
for lname, s in (('plain', [0]), ('4 views', S4), ('scales', [0,1,3,4,9,10])):
    zv = logits(val[:, s]).mean(1); zh = logits(held[:, s]).mean(1)
    T, e = fit_T(zv[inshop], yin)
    msp = (softmax(zv, T).max(-1), softmax(zh, T).max(-1))
    t1, t3 = topk(zv[inshop], yin)
    print(f'\n== logits of [{lname}]: top-1 {t1:.3f} top-3 {t3:.3f}, T {T:.3f}, ECE {e:.3f}; msp AUROC {au(msp[0]):.3f}')
    ur = unit(ref[:, 0])
    for ename, es in (('plain', [0]), ('plain+flip', [0,1]), ('4 views', S4)):
        uv = unit(unit(val[:, es]).mean(1)); uh = unit(unit(held[:, es]).mean(1))
        urr = unit(unit(ref[:, es]).mean(1))
        for rname, R in (('ref plain', ur), ('ref same views', urr)):
            k1 = ((uv @ R.T).max(1), (uh @ R.T).max(1))
            cv = -np.sort(-(uv @ R.T), 1); ch = -np.sort(-(uh @ R.T), 1)
            k50 = (cv[:, 49], ch[:, 49])
            nv = np.linalg.norm(val[:, es], axis=-1).mean(1); nh = np.linalg.norm(held[:, es], axis=-1).mean(1)
            b2 = mixgrid([msp, k1], 'msp knn1'); b3 = mixgrid([msp, k50], '')
            b4 = mixgrid([msp, k1, (nv, nh)], ''); b5 = mixgrid([msp, k1, k50], '')
            print(f'  emb {ename:10s} {rname:14s}: knn1 {au(k1[0]):.3f}; msp+knn1 {b2[0]:.3f} {b2[1]}; msp+knn50 {b3[0]:.3f} {b3[1]}; msp+knn1+norm {b4[0]:.3f} {b4[1]}; msp+knn1+knn50 {b5[0]:.3f} {b5[1]}')

# ---- part 3: paired bootstrap of the 4-view gain, per article type, demo held-out photos
z0 = zin[:, 0]; z4 = zin[:, S4].mean(1)
r0 = (z0 > z0[np.arange(len(yin)), yin][:, None]).sum(-1); r4 = (z4 > z4[np.arange(len(yin)), yin][:, None]).sum(-1)
rng = np.random.default_rng(42); d1 = []; d3 = []
for _ in range(2000):
    i = rng.integers(0, len(yin), len(yin)); d1.append((r4[i]==0).mean() - (r0[i]==0).mean()); d3.append((r4[i]<3).mean() - (r0[i]<3).mean())
print(f'\npaired bootstrap (2000) of the 4-view gain on validation: top-1 {np.mean(d1):+.3f} (2.5-97.5 %: {np.percentile(d1,2.5):+.3f} .. {np.percentile(d1,97.5):+.3f}), top-3 {np.mean(d3):+.3f} ({np.percentile(d3,2.5):+.3f} .. {np.percentile(d3,97.5):+.3f})')
gin = group[inshop]
print('per article type, validation top-1 plain -> 4 views:')
for g in sorted(set(gin)):
    m = gin == g
    print(f'  {g:14s} {m.sum():4d}  {(r0[m]==0).mean():.2f} -> {(r4[m]==0).mean():.2f}')
# held-out demo photos: accuracy plain vs 4 views
zh0 = logits(held[:, 0]); zh4 = logits(held[:, S4]).mean(1)
print(f'demo held-out photos ({len(heldlab)}): top-1 plain {(zh0.argmax(1)==heldlab).mean():.3f}, 4 views {(zh4.argmax(1)==heldlab).mean():.3f}')
