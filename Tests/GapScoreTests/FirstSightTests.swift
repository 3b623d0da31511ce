// First-sight sets: labelled sets the judge was measured on before any rule was written from them, kept whole.
import Foundation
import Testing
@testable import GapScore

/// Sets under Fixtures/first-sight (one JSONL file per set, written by someone who saw neither the judge nor its
/// fixtures), with the agreement the judge reached on them when they were added. docs/scoring.md gives each set's
/// first-sight numbers; a set stays here while its agreement is below the category tables' 99%, so that a change that
/// loses cases it decides today fails.
enum FirstSightSets {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/first-sight")

    /// Cases each set agrees on today, out of its size (`gaprun-judge/73`).
    static let recorded: [String: (agree: Int, total: Int)] = ["aa": (244, 250), "ab": (243, 250), "ac": (249, 250), "ad": (245, 250), "ae": (245, 250), "af": (246, 250), "ba": (239, 250), "bb": (238, 250), "bc": (248, 250), "bd": (245, 250), "be": (242, 250), "bf": (244, 250), "ca": (248, 250), "cb": (243, 250), "cc": (240, 250), "cd": (239, 250), "ce": (246, 250), "cf": (245, 250), "da": (249, 250), "db": (233, 250), "dc": (239, 250), "dd": (247, 250), "de": (243, 250), "df": (243, 250), "ea": (240, 250), "eb": (238, 250), "ec": (245, 250), "ed": (247, 250), "ee": (248, 250), "ef": (243, 250), "fa": (248, 250), "fb": (236, 250), "fc": (241, 250), "fd": (248, 250), "fe": (244, 250), "ff": (241, 250), "ga": (247, 250), "gb": (238, 250), "gc": (240, 250), "gd": (236, 250), "ge": (246, 250), "gf": (232, 250), "gg": (245, 250), "gh": (240, 250), "gi": (240, 250), "gj": (234, 250), "gk": (248, 250), "gl": (242, 250), "gm": (245, 250), "gn": (243, 250), "go": (247, 250), "gp": (242, 250), "gq": (243, 250), "gr": (246, 250), "ha": (242, 250), "hb": (239, 250), "hc": (240, 250), "hd": (246, 250), "he": (234, 250), "hf": (238, 250), "hg": (245, 250), "hh": (243, 250), "hi": (246, 250), "hj": (246, 250), "hk": (241, 250), "hl": (241, 250), "hm": (238, 250), "hn": (233, 250), "ho": (207, 250), "hp": (230, 250), "hq": (244, 250), "hr": (229, 250), "hs": (245, 250), "ht": (216, 250), "hu": (233, 250), "hv": (233, 250), "hw": (230, 250), "hx": (233, 250), "ia": (239, 250), "ib": (231, 250), "ic": (246, 250), "id": (247, 250), "ie": (245, 250), "if": (235, 250), "ja": (246, 250), "jb": (245, 250), "jc": (240, 250), "jd": (240, 250), "je": (244, 250), "jf": (231, 250), "js": (240, 250), "jt": (240, 250), "ju": (238, 250), "jv": (230, 250), "jw": (225, 250), "jx": (244, 250), "ka": (246, 250), "kb": (245, 250), "kc": (245, 250), "kd": (244, 250), "ke": (239, 250), "kf": (244, 250), "km": (232, 250), "kn": (215, 250), "ko": (234, 250), "kp": (232, 250), "kq": (233, 250), "kr": (240, 250), "la": (240, 250), "lb": (243, 250), "lc": (237, 250), "ld": (241, 250), "le": (244, 250), "lf": (237, 250), "ma": (244, 250), "mb": (238, 250), "mc": (235, 250), "md": (241, 250), "me": (236, 250), "mf": (242, 250), "mg": (244, 250), "mh": (247, 250), "mi": (249, 250), "mj": (248, 250), "mk": (240, 250), "ml": (237, 250), "na": (243, 250), "nb": (244, 250), "nc": (239, 250), "nd": (245, 250), "ne": (243, 250), "nf": (240, 250), "oa": (239, 250), "ob": (246, 250), "oc": (242, 250), "oe": (245, 250), "of": (244, 250), "pa": (248, 250), "pb": (244, 250), "pc": (238, 250), "pd": (248, 250), "pe": (241, 250), "pf": (243, 250), "qa": (247, 250), "qb": (247, 250), "qc": (248, 250), "qd": (247, 250), "qe": (241, 250), "qf": (244, 250), "qg": (247, 250), "qk": (242, 250), "ql": (247, 250), "qm": (241, 250), "qn": (245, 250), "qo": (247, 250), "qp": (245, 250), "qq": (238, 250), "qr": (240, 250), "qs": (241, 250), "qt": (235, 250), "ra": (247, 250), "rb": (247, 250), "rc": (246, 250), "rd": (246, 250), "re": (245, 250), "rf": (248, 250), "sa": (243, 250), "sb": (241, 250), "sc": (228, 250), "sd": (242, 250), "se": (238, 250), "sf": (242, 250), "ta": (243, 250), "tb": (234, 250), "tc": (243, 250), "td": (245, 250), "te": (241, 250), "tf": (239, 250), "vj": (243, 250), "vk": (242, 250), "vl": (244, 250), "vm": (241, 250), "vn": (244, 250), "vo": (240, 250), "vp": (243, 250), "vq": (247, 250), "vs": (244, 250), "vt": (247, 250), "vu": (243, 250), "vv": (238, 250), "vw": (247, 250), "vx": (247, 250), "vy": (246, 250), "wa": (243, 250), "wb": (242, 250), "we": (247, 250), "wi": (247, 250), "wl": (246, 250), "wo": (247, 250), "wq": (246, 250), "wt": (247, 250), "wu": (247, 250), "wv": (245, 250), "ww": (247, 250), "wx": (247, 250), "xd": (245, 250), "xf": (244, 250), "xg": (247, 250), "xh": (243, 250), "xi": (249, 250), "xj": (247, 250), "xk": (245, 250), "xl": (248, 250), "xm": (245, 250), "xn": (247, 250), "xo": (247, 250), "xp": (247, 250), "xq": (244, 250), "xu": (247, 250), "xw": (247, 250), "xx": (249, 250), "xy": (246, 250), "yb": (243, 250), "yc": (246, 250), "yd": (248, 250), "ye": (247, 250), "yf": (243, 250), "yg": (244, 250), "yh": (244, 250), "yi": (241, 250), "yj": (246, 250), "yl": (247, 250), "yo": (247, 250), "yq": (246, 250), "yr": (247, 250), "ys": (246, 250), "yt": (246, 250), "yu": (244, 250), "yv": (246, 250), "yw": (248, 250), "yx": (246, 250), "yz": (247, 250), "za": (245, 250), "zd": (247, 250), "zg": (246, 250), "zn": (246, 250), "zt": (247, 250), "zw": (246, 250), "zx": (246, 250), "zy": (246, 250), "zz": (246, 250)]
}

@Test(arguments: FirstSightSets.recorded.keys.sorted()) func firstSightSetKeepsItsAgreement(name: String) throws {
    let path = FirstSightSets.directory.appendingPathComponent(name + ".jsonl").path
    let data = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
    let scorer = GaprunScorer()
    var agree = 0, total = 0
    var misses: [String] = []
    for line in data.split(separator: 0x0A) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        let id = try #require(object["id"] as? String), prediction = try #require(object["prediction"] as? String)
        let gold = try #require(object["gold"] as? String), expected = try #require(object["expected"] as? Bool)
        total += 1
        let judgment = scorer.judge(response: prediction, gold: gold, policy: .standard)
        if judgment.correct == expected { agree += 1 } else { misses.append("\(id) expected=\(expected) extracted=\(judgment.extracted ?? "nil")") }
    }
    let recorded = try #require(FirstSightSets.recorded[name])
    #expect(total == recorded.total, "\(name): \(total) cases, recorded \(recorded.total)")
    #expect(agree >= recorded.agree, "\(name): \(agree)/\(total) agree, recorded \(recorded.agree); misses: \(misses.joined(separator: "; "))")
}
