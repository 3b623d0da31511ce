// Word answers written in other languages: yes/no, true/false, none, parity (and "neither even nor odd"), weekdays, colours, compass
// directions, conic sections and infinity in Spanish, French, German, Portuguese, Italian, Russian, Chinese, Japanese and
// Korean (yes/no, colours, directions and conics also in Turkish, Polish and Indonesian, parity in Turkish; yes/no, none,
// directions and parity in Dutch; yes/no and parity in Czech, Slovak, Hungarian and Polish; parity and conics in Greek;
// weekdays in Persian, Arabic and Ukrainian, parity in Ukrainian), read as the English word a gold stores (`martes`
// answers `\text{Tuesday}`).

extension EquivalenceChecker {
    /// Each foreign word (compact, lower-case, as `AnswerValue.text` holds it) with the English word it means.
    static let englishWord: [String: String] = {
        let groups: [String: [String]] = [
            "yes": ["sí", "si", "oui", "ja", "sim", "sì", "да", "是", "是的", "はい", "예", "네", "evet", "tak", "ya", "ano", "áno", "igen", "kyllä", "ใช่"],
            "no": ["non", "nein", "não", "nao", "нет", "否", "不是", "いいえ", "아니요", "아니오", "hayır", "hayir", "nie", "tidak", "nee", "ne", "nem", "nej", "ไม่"],
            "true": ["verdadero", "verdadera", "vrai", "vraie", "wahr", "richtig", "verdadeiro", "verdadeira", "vero", "vera", "верно", "истина",
                     "правда", "对", "正确", "真", "正しい", "참", "doğru", "prawda", "benar", "đúng", "waar", "pravda", "igaz"],
            "false": ["falso", "falsa", "faux", "fausse", "falsch", "неверно", "ложь", "错", "錯", "错误", "假", "誤り", "거짓", "yanlış",
                      "fałsz", "salah", "sai", "onwaar", "nepravda", "hamis"],
            "none": ["ninguno", "ninguna", "aucun", "aucune", "keiner", "keine", "keines", "nenhum", "nenhuma", "nessuno", "nessuna", "geen",
                     "никакой", "никакие", "żaden", "hiçbiri"],
            "odd": ["udda", "impar", "impair", "impaire", "ungerade", "dispari", "нечётная", "нечетная", "нечётное", "нечётный", "奇数", "奇函数",
                    "нечётной", "нечетной", "奇関数", "홀함수", "기함수", "홀수", "tek", "oneven", "lichá", "liché", "lichý", "nepárna", "nepárne",
                    "nepárny", "páratlan", "impară", "nieparzysta", "nieparzysty", "nieparzyste", "непарна", "непарне", "περιττή", "περιττός", "περιττό"],
            "even": ["jämn", "jämnt", "par", "pair", "paire", "gerade", "pari", "чётная", "четная", "чётное", "чётный", "偶数", "偶函数",
                     "чётной", "четной", "偶関数", "짝함수", "우함수", "짝수", "çift", "sudá", "sudé", "sudý", "párna", "párne",
                     "párny", "páros", "pară", "parzysta", "parzysty", "parzyste", "парна", "парне", "άρτια", "άρτιος", "άρτιο"],
            "monday": ["lunes", "lundi", "montag", "segunda-feira", "segunda", "lunedì", "lunedi", "понедельник", "星期一", "周一", "月曜日", "월요일", "دوشنبه", "الاثنين", "понеділок"],
            "tuesday": ["martes", "mardi", "dienstag", "terça-feira", "terça", "martedì", "martedi", "вторник", "星期二", "周二", "火曜日", "화요일", "سه\u{200C}شنبه", "سهشنبه", "الثلاثاء", "вівторок"],
            "wednesday": ["miércoles", "miercoles", "mercredi", "mittwoch", "quarta-feira", "quarta", "mercoledì", "mercoledi", "среда", "星期三", "周三", "水曜日", "수요일", "چهارشنبه", "الأربعاء", "الاربعاء", "середа"],
            "thursday": ["jueves", "jeudi", "donnerstag", "quinta-feira", "quinta", "giovedì", "giovedi", "четверг", "星期四", "周四", "木曜日", "목요일", "پنج\u{200C}شنبه", "پنجشنبه", "الخميس", "четвер"],
            "friday": ["viernes", "vendredi", "freitag", "sexta-feira", "sexta", "venerdì", "venerdi", "пятница", "星期五", "周五", "金曜日", "금요일", "جمعه", "الجمعة", "п'ятниця"],
            "saturday": ["sábado", "sabado", "samedi", "samstag", "sonnabend", "sabato", "суббота", "星期六", "周六", "土曜日", "토요일", "شنبه", "السبت", "субота"],
            "sunday": ["domingo", "dimanche", "sonntag", "domenica", "воскресенье", "星期日", "星期天", "周日", "日曜日", "일요일", "یکشنبه", "یک\u{200C}شنبه", "الأحد", "الاحد", "неділя"],
            "red": ["rojo", "roja", "rouge", "rot", "vermelho", "vermelha", "rosso", "rossa", "красный", "红色", "红", "赤", "赤色", "빨간색", "빨강", "kırmızı", "czerwony", "merah"],
            "blue": ["azul", "bleu", "bleue", "blau", "blu", "синий", "蓝色", "蓝", "青", "青色", "파란색", "파랑", "mavi", "niebieski", "biru"],
            "green": ["verde", "vert", "verte", "grün", "зелёный", "зеленый", "绿色", "绿", "緑", "緑色", "초록색", "녹색", "yeşil", "zielony", "hijau"],
            "yellow": ["amarillo", "amarilla", "jaune", "gelb", "amarelo", "amarela", "giallo", "gialla", "жёлтый", "желтый", "黄色", "黄", "노란색", "sarı", "żółty", "kuning"],
            "black": ["negro", "negra", "noir", "noire", "schwarz", "preto", "preta", "nero", "nera", "чёрный", "черный", "黑色", "黑", "黒", "黒色", "검은색", "siyah", "czarny", "hitam"],
            "north": ["sever", "північ", "észak", "pohjoinen", "norte", "nord", "norden", "север", "北", "北方", "북쪽", "kuzey", "północ", "utara", "noord"],
            "south": ["jih", "південь", "dél", "etelä", "sur", "sud", "süden", "sul", "юг", "南", "南方", "남쪽", "güney", "południe", "selatan", "zuid"],
            "east": ["východ", "схід", "kelet", "itä", "este", "est", "osten", "leste", "восток", "东", "東", "东方", "동쪽", "doğu", "wschód", "timur", "oost"],
            "west": ["západ", "захід", "nyugat", "länsi", "oeste", "ouest", "westen", "ovest", "запад", "西", "西方", "서쪽", "batı", "zachód", "barat"],
            "ellipse": ["אליפסה", "elipse", "ellisse", "эллипс", "椭圆", "楕円", "타원", "elips", "elipsa", "έλλειψη"],
            "hyperbola": ["hipérbola", "hyperbole", "hyperbel", "iperbole", "гипербола", "双曲线", "双曲線", "쌍곡선", "hiperbol", "hiperbola",
                          "гиперболу", "гиперболой", "υπερβολή"],
            "parabola": ["parábola", "parabole", "parabel", "парабола", "抛物线", "放物線", "포물선", "parabol", "параболу", "параболой", "παραβολή"],
            "circle": ["círculo", "cercle", "kreis", "cerchio", "окружность", "圆形", "円形", "원형", "çember", "okrąg", "lingkaran"],
            "\\infty": ["infinito", "infinity", "unendlich", "infini", "l'infini", "бесконечность", "无穷", "无穷大", "無限大", "무한대",
                        "sonsuz", "nieskończoność", "oneindig", "takhingga", "takterhingga", "vôcùng"],
            "white": ["blanco", "blanca", "blanc", "blanche", "weiß", "weiss", "branco", "branca", "bianco", "bianca", "белый", "白色", "白", "흰색", "beyaz", "biały", "putih"],
        ]
        var table: [String: String] = [:]
        for (english, words) in groups { for word in words { table[word] = english } }
        return table
    }()

    /// The English words of the table and the foreign words that mean them, lower-case.
    static let answerWords: Set<String> = Set(englishWord.keys).union(englishWord.values)

    /// "Neither even nor odd" in those languages, lower-case.
    static let neitherPhrases: [String] = [
        "ni par ni impar", "ni pair ni impair", "ni paire ni impaire", "weder gerade noch ungerade", "nem par nem ímpar",
        // "A função não é par nem ímpar.", "La función no es par ni impar.".
        "par nem ímpar", "par ni impar",
        "né pari né dispari", "ni pari ni dispari", "ни чётная, ни нечётная", "ни четная, ни нечетная", "ни чётной, ни нечётной",
        "既不是奇函数也不是偶函数", "既不是偶函数也不是奇函数", "非奇非偶",
        // Czech, Slovak, Polish.
        "ani sudá, ani lichá", "ani sudá ani lichá", "ani lichá, ani sudá", "ani párna, ani nepárna", "ani párna ani nepárna",
        "ani parzysta, ani nieparzysta", "ani parzysta ani nieparzysta", "ani nieparzysta, ani parzysta",
        // Greek.
        "ούτε άρτια ούτε περιττή", "ούτε περιττή ούτε άρτια", "ούτε άρτια, ούτε περιττή",
        // "Antwort: weder noch", "Réponse : ni l'un ni l'autre": neither, the parity words left out.
        "weder noch", "ni l'un ni l'autre", "ni lo uno ni lo otro",
    ]

    static let neitherPhraseBytes: [[UInt8]] = neitherPhrases.map { Array($0.utf8) }
    /// The phrases without spaces, as a compact word answer holds them.
    static let neitherCompact: Set<String> = Set(neitherPhrases.map { $0.filter { $0 != " " } })

    /// Whether a sentence says "neither even nor odd" in another language (its ASCII letters lower-cased; the phrases
    /// are read as bytes, without Foundation's search).
    static func saysNeither(_ sentence: String) -> Bool {
        let lowered = sentence.utf8.map(Bytes.lower)
        return neitherPhraseBytes.contains { Bytes.contains(lowered, $0) }
    }

    /// The Chinese, Japanese and Korean words of the table, longest first.
    static let wordsWithoutSpaces: [String] = englishWord.keys.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x3000 } }
        .sorted { $0.count > $1.count }

    /// The English word a Chinese, Japanese or Korean sentence ends with, where no space sets the word apart: "所以第 20
    /// 个球是红色" → `red`, "答えは赤です" → `red` (a closing です, である, だ, 了 or 입니다 dropped). Nil otherwise.
    static func englishWordEnding(_ text: String) -> String? {
        var tail = text
        for ending in ["입니다", "です", "である", "だ", "了", "이다"] where tail.hasSuffix(ending) { tail.removeLast(ending.count); break }
        guard let last = tail.unicodeScalars.last, last.value >= 0x3000 else { return nil }
        return wordsWithoutSpaces.first(where: { tail.hasSuffix($0) }).flatMap { englishWord[$0] }
    }

    /// Whether two word answers are the same word in two languages (`sí` and `yes`, `dienstag` and `tuesday`).
    static func sameWordTranslated(_ a: String, _ b: String) -> Bool {
        englishWord[a] == b || englishWord[b] == a || latinFromCyrillic(a) == b || latinFromCyrillic(b) == a
    }

    /// The Latin letters of each lower-case Cyrillic letter (`х` is read `h`, as English names spell it: Харри, Хана).
    static let cyrillicToLatin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    /// A word written in Cyrillic, spelled in Latin letters ("боб" → "bob", "том" → "tom"; `дж` is read `j`: "джейн" →
    /// "jeyn"); nil when it holds anything but Cyrillic letters. It answers a name gold only when the spellings are the
    /// same, so "алиса" does not answer `Alice`.
    static func latinFromCyrillic(_ word: String) -> String? {
        guard word.utf8.count >= 4, word.utf8.count <= 40, let first = word.unicodeScalars.first, (0x400...0x4FF).contains(first.value) else { return nil }
        var out = ""
        let characters = Array(word.lowercased())
        var index = 0
        while index < characters.count {
            if characters[index] == "д", index + 1 < characters.count, characters[index + 1] == "ж" { out += "j"; index += 2; continue }
            guard let latin = cyrillicToLatin[characters[index]] else { return nil }
            out += latin
            index += 1
        }
        return out
    }
}
