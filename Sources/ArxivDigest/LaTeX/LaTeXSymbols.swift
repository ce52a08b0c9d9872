/// The commands that stand for one symbol or word, with how each spaces in math.
enum LaTeXSymbols {
  /// How a symbol behaves next to its neighbours.
  enum Kind {
    /// A letter-like symbol (`\alpha`, `\infty`).
    case ordinary
    /// A binary operator or relation (`\times`, `\le`, `\to`): spaced on both sides in math
    /// when it was written with a space before it.
    case relation
    /// An operator name (`\log`): a space separates it from a following letter.
    case function
    /// A text letter (`\ss`, `\o`) that may sit inside a word: swallows the spaces after it.
    case letter
    /// A Latin abbreviation macro (`\eg`): adds its final period unless one follows.
    case abbreviation
  }

  struct Symbol {
    let text: String
    let kind: Kind
  }

  static func symbol(named name: String) -> Symbol? { table[name] }

  private static let table: [String: Symbol] = {
    var table: [String: Symbol] = [:]
    func add(_ kind: Kind, _ pairs: KeyValuePairs<String, String>) {
      for (name, text) in pairs { table[name] = Symbol(text: text, kind: kind) }
    }
    add(.ordinary, [
      // Greek, lower case.
      "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ",
      "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ",
      "iota": "ι", "kappa": "κ", "varkappa": "ϰ", "lambda": "λ", "mu": "μ", "nu": "ν",
      "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ",
      "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ",
      "chi": "χ", "psi": "ψ", "omega": "ω", "digamma": "ϝ",
      // Greek, upper case.
      "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
      "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
      "varGamma": "Γ", "varDelta": "Δ", "varTheta": "Θ", "varLambda": "Λ", "varSigma": "Σ",
      "varPhi": "Φ", "varPsi": "Ψ", "varOmega": "Ω",
      // Letter-like and miscellaneous.
      "ell": "ℓ", "hbar": "ℏ", "hslash": "ℏ", "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ",
      "beth": "ℶ", "wp": "℘", "infty": "∞", "partial": "∂", "nabla": "∇", "forall": "∀",
      "exists": "∃", "nexists": "∄", "emptyset": "∅", "varnothing": "∅", "angle": "∠",
      "triangle": "△", "square": "□", "Box": "□", "Diamond": "◇", "prime": "′",
      "top": "⊤", "bot": "⊥", "neg": "¬", "lnot": "¬", "surd": "√", "flat": "♭",
      "sharp": "♯", "natural": "♮", "clubsuit": "♣", "diamondsuit": "♢",
      "heartsuit": "♡", "spadesuit": "♠", "checkmark": "✓", "cmark": "✓", "xmark": "✗",
      "deg": "°", "degree": "°", "textdegree": "°", "dag": "†", "dagger": "†",
      "ddag": "‡", "ddagger": "‡", "S": "§", "P": "¶", "copyright": "©",
      "textcopyright": "©", "textregistered": "®", "texttrademark": "™",
      "trademark": "™", "euro": "€", "texteuro": "€", "pounds": "£", "textsterling": "£",
      "yen": "¥", "textyen": "¥", "textbullet": "•", "textperiodcentered": "·",
      "textless": "<", "textgreater": ">", "textbackslash": "\\", "backslash": "\\",
      "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_", "textbar": "|",
      "textbraceleft": "{", "textbraceright": "}", "textendash": "–", "textemdash": "—",
      "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“",
      "textquotedblright": "”", "lq": "‘", "rq": "’", "textmu": "µ", "micro": "µ",
      "and": "·", "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2ε",
      // Dots.
      "dots": "…", "ldots": "…", "textellipsis": "…", "dotsc": "…", "dotsb": "⋯",
      "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
      // Big operators.
      "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭",
      "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
      "bigvee": "⋁", "bigwedge": "⋀", "bigsqcup": "⨆",
      // Delimiters.
      "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊",
      "rfloor": "⌋", "lvert": "|", "rvert": "|", "vert": "|", "lVert": "‖", "rVert": "‖",
      "Vert": "‖", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
    ])
    add(.relation, [
      // Binary operators.
      "times": "×", "div": "÷", "pm": "±", "mp": "∓", "cdot": "⋅", "ast": "∗",
      "star": "⋆", "circ": "∘", "bullet": "∙", "oplus": "⊕", "ominus": "⊖",
      "otimes": "⊗", "oslash": "⊘", "odot": "⊙", "cup": "∪", "cap": "∩", "sqcup": "⊔",
      "sqcap": "⊓", "setminus": "∖", "smallsetminus": "∖", "wedge": "∧", "land": "∧",
      "vee": "∨", "lor": "∨", "uplus": "⊎", "amalg": "⨿", "diamond": "⋄",
      "bigtriangleup": "△", "bigtriangledown": "▽", "triangleleft": "◁",
      "triangleright": "▷", "wr": "≀", "circledast": "⊛", "boxplus": "⊞",
      "boxtimes": "⊠",
      // Relations.
      "le": "≤", "leq": "≤", "leqslant": "⩽", "ge": "≥", "geq": "≥", "geqslant": "⩾",
      "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅",
      "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "lll": "⋘", "ggg": "⋙",
      "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "subsetneq": "⊊",
      "supset": "⊃", "supseteq": "⊇", "supsetneq": "⊋", "sqsubseteq": "⊑",
      "sqsupseteq": "⊒", "perp": "⊥", "parallel": "∥", "mid": "∣", "nmid": "∤",
      "models": "⊨", "vdash": "⊢", "dashv": "⊣", "prec": "≺", "succ": "≻",
      "preceq": "⪯", "succeq": "⪰", "doteq": "≐", "coloneqq": "≔", "coloneq": "≔",
      "eqqcolon": "≕", "triangleq": "≜", "asymp": "≍", "lesssim": "≲", "gtrsim": "≳",
      "approxeq": "≊", "nsim": "≁", "ncong": "≇", "nleq": "≰", "ngeq": "≱",
      "bowtie": "⋈", "smile": "⌣", "frown": "⌢", "therefore": "∴", "because": "∵",
      // Arrows.
      "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
      "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹",
      "impliedby": "⟸", "iff": "⟺", "mapsto": "↦", "longmapsto": "⟼",
      "longrightarrow": "⟶", "longleftarrow": "⟵", "longleftrightarrow": "⟷",
      "Longrightarrow": "⟹", "Longleftarrow": "⟸", "Longleftrightarrow": "⟺",
      "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑",
      "Downarrow": "⇓", "Updownarrow": "⇕", "nearrow": "↗", "searrow": "↘",
      "swarrow": "↙", "nwarrow": "↖", "hookrightarrow": "↪", "hookleftarrow": "↩",
      "rightleftharpoons": "⇌", "leftrightharpoons": "⇋", "rightharpoonup": "⇀",
      "leftharpoonup": "↼", "twoheadrightarrow": "↠", "rightsquigarrow": "⇝",
      "leadsto": "⇝", "circlearrowright": "↻", "circlearrowleft": "↺",
      "rightrightarrows": "⇉", "leftleftarrows": "⇇", "nrightarrow": "↛",
      "nleftarrow": "↚", "xrightarrow": "→", "xleftarrow": "←",
    ])
    add(.function, [
      "log": "log", "ln": "ln", "lg": "lg", "exp": "exp", "sin": "sin", "cos": "cos",
      "tan": "tan", "cot": "cot", "sec": "sec", "csc": "csc", "arcsin": "arcsin",
      "arccos": "arccos", "arctan": "arctan", "sinh": "sinh", "cosh": "cosh",
      "tanh": "tanh", "coth": "coth", "max": "max", "min": "min", "sup": "sup",
      "inf": "inf", "lim": "lim", "liminf": "lim inf", "limsup": "lim sup", "arg": "arg",
      "argmax": "argmax", "argmin": "argmin", "det": "det", "dim": "dim", "ker": "ker",
      "hom": "hom", "gcd": "gcd", "Pr": "Pr", "mod": "mod", "bmod": "mod", "tr": "tr",
      "Tr": "Tr", "rank": "rank", "diag": "diag", "sgn": "sgn", "sign": "sign",
      "softmax": "softmax", "KL": "KL", "E": "E", "Var": "Var", "Cov": "Cov",
    ])
    add(.letter, [
      "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ",
      "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
      "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
    ])
    add(.abbreviation, [
      "eg": "e.g.", "ie": "i.e.", "etc": "etc.", "etal": "et al.", "wrt": "w.r.t.",
      "cf": "cf.", "vs": "vs.", "aka": "a.k.a.", "iid": "i.i.d.", "Eg": "E.g.",
      "Ie": "I.e.", "Cf": "Cf.", "Etal": "Et al.", "viz": "viz.",
    ])
    return table
  }()
}
