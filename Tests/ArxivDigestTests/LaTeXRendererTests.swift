import ArxivDigest
import Foundation
import Testing

/// One snippet from a fixture abstract or title and its exact rendering.
struct LaTeXSnippet: CustomTestStringConvertible, Sendable {
  var raw: String
  var rendered: String
  var testDescription: String { raw }

  init(_ raw: String, _ rendered: String) {
    self.raw = raw
    self.rendered = rendered
  }
}

@Suite struct LaTeXRendererTests {
  /// Real snippets, as written in /work/shared/digests (and the fixtures copied from them).
  static let fixtureSnippets: [LaTeXSnippet] = [
    .init(#"called \textbf{Dense RepPoints}, for flexible"#,
      "called Dense RepPoints, for flexible"),
    .init(#"including a $1.6$ AP gain"#, "including a 1.6 AP gain"),
    .init(#"### 18.$360^o$ Surface Regression"#, "### 18.360ᵒ Surface Regression"),
    .init(#"more efficient $360^o$ image acquisition"#, "more efficient 360ᵒ image acquisition"),
    .init(#"(i.e., $L_2$ loss)"#, "(i.e., L₂ loss)"),
    .init(#"we propose to first use \emph{Global Aggregation} and then"#,
      "we propose to first use Global Aggregation and then"),
    .init(#"mIoU 83.3\%. Code is available"#, "mIoU 83.3%. Code is available"),
    .init(#"p = 3.4 $\times$ 10$^{-4}$ in tapering"#, "p = 3.4 × 10⁻⁴ in tapering"),
    .init(#"populations was 0.011mm$^{-1}$ and"#, "populations was 0.011mm⁻¹ and"),
    .init(#"interval of $\pm$0.005mm$^{-1}$ in"#, "interval of ±0.005mm⁻¹ in"),
    .init(#"up to $12.6\%$. Detailed"#, "up to 12.6%. Detailed"),
    .init(#"our method with $90.77\%$ Dice-index"#, "our method with 90.77% Dice-index"),
    .init(#"achieved 90.1\% accuracy whereas ResNet was limited to 87.20\%."#,
      "achieved 90.1% accuracy whereas ResNet was limited to 87.20%."),
    .init(#"### 45.$Σ$-net: Ensembled"#, "### 45.Σ-net: Ensembled"),
    .init(#"We explore an ensembled $\Sigma$-net for fast"#,
      "We explore an ensembled Σ-net for fast"),
    .init(#"we introduce G$^{3}$AN, a novel"#, "we introduce G³AN, a novel"),
    .init(#"We present \texttt{secml}, an open-source"#, "We present secml, an open-source"),
    .init(#"the new design of \emph{geometry-aware objectives}, whose"#,
      "the new design of geometry-aware objectives, whose"),
    .init(#"Adversarial Attack ($GeoA^3$). The results of $GeoA^3$ tend"#,
      "Adversarial Attack (GeoA³). The results of GeoA³ tend"),
    .init(#"algorithm termed $Geo_{+}A^3$-IterNormPro"#, "algorithm termed Geo₊A³-IterNormPro"),
    .init(#"within a $\ell_2$-norm ball"#, "within a ℓ₂-norm ball"),
    .init(#"WoodScape project \cite{yogamani2019woodscape}."#, "WoodScape project."),
    .init(#"we take advantage of the \nasbench dataset to"#,
      "we take advantage of the nasbench dataset to"),
    .init(#"a mAP of $\sim 0.88$. We also"#, "a mAP of ∼0.88. We also"),
    .init(#"can be less than $1$ cm and $8$ cm for"#, "can be less than 1 cm and 8 cm for"),
    .init(#"autonomous driving, surveillance, \etc. Nevertheless"#,
      "autonomous driving, surveillance, etc. Nevertheless"),
    .init(#"in Fast RCNN~\cite{girshick2015fast}, has"#, "in Fast RCNN, has"),
    .init(#"We show the \algname{} breaks through"#, "We show the algname breaks through"),
    .init(#"benchmarks with only $\sim1M$ parameters"#, "benchmarks with only ∼1M parameters"),
    .init(#"\textit{E.g. the features of salient locations"#,
      "E.g. the features of salient locations"),
    .init(#"### 32.M$^5$L: Multi-Modal Multi-Margin"#, "### 32.M⁵L: Multi-Modal Multi-Margin"),
    .init(#"which only costs 1$\sim$2 seconds to label"#, "which only costs 1∼2 seconds to label"),
    .init(#"results in $75\%$ of the experiments"#, "results in 75% of the experiments"),
    .init(#"data of about $32 : 1$ and $12.5 : 1$, respectively"#,
      "data of about 32 : 1 and 12.5 : 1, respectively"),
    .init(#"capable of reaching $IoU$ levels of 0.95."#, "capable of reaching IoU levels of 0.95."),
    .init(#"a parameter $\gamma$ to specify the size"#, "a parameter γ to specify the size"),
    .init(#"a UHD color video ($3840\times 1644\times 48$ with PNSR above 30dB)"#,
      "a UHD color video (3840×1644×48 with PNSR above 30dB)"),
    .init(#"By enforcing $\ell_1$ sparsity regularization"#,
      "By enforcing ℓ₁ sparsity regularization"),
    .init(#"(certified \textit{a posteriori}) optimal solution"#,
      "(certified a posteriori) optimal solution"),
    .init(#"the paradigm of {\em deep collective learning} which aims"#,
      "the paradigm of deep collective learning which aims"),
    .init(#"three 1.2 x 4 x 4$\mu$m volumes"#, "three 1.2 x 4 x 4μm volumes"),
    .init(#"the $\ell_1$ norm and $\ell_\infty$ norm of 2D"#, "the ℓ₁ norm and ℓ_∞ norm of 2D"),
    .init(#"a new \textbf{adaptive noise imitation (ADANI)} algorithm"#,
      "a new adaptive noise imitation (ADANI) algorithm"),
    .init(#"parameters or FLOPs, \ie, achieving better"#,
      "parameters or FLOPs, i.e., achieving better"),
    .init(#"human activities (\eg outdoor sports) such"#,
      "human activities (e.g. outdoor sports) such"),
    .init(#"achieves $9.5\%$ better Alzheimer's disease"#,
      "achieves 9.5% better Alzheimer's disease"),
    .init(#"the length, $L_W$, of a reconstructed curve $\Gamma_W$ is"#,
      "the length, L_W, of a reconstructed curve Γ_W is"),
    .init(#"The assumption "$m$ and $\xi$ are relatively prime" is"#,
      #"The assumption "m and ξ are relatively prime" is"#),
    .init(#"rotation angle up to $\pm 180^{\circ}$ on three"#,
      "rotation angle up to ±180° on three"),
    .init(#"were $99.62\%$, $96.67\%$, and $94.33\%$, respectively"#,
      "were 99.62%, 96.67%, and 94.33%, respectively"),
    .init(#"offering a 46$\times$ faster inference"#, "offering a 46× faster inference"),
    .init(#"perspective-\textit{n}-points (FreeP\textit{n}P) algorithm"#,
      "perspective-n-points (FreePnP) algorithm"),
    .init(#"We present $\texttt{PISCES}$, an annotation-free"#,
      "We present PISCES, an annotation-free"),
    .init(#"a novel \textbf{C}ontribution-\textbf{a}ware token \textbf{Co}mpression"#,
      "a novel Contribution-aware token Compression"),
    .init(#"complexity from $\mathcal{O}(N)$ to $\mathcal{O}(\log N)$ for"#,
      "complexity from 𝒪(N) to 𝒪(log N) for"),
    .init(#"Error (MAE) of 0.0328 and R^2 of 0.8412"#, "Error (MAE) of 0.0328 and R^2 of 0.8412"),
    .init(#"reasoning pathway (question $\rightarrow$ outputs $\rightarrow$ visual tokens)"#,
      "reasoning pathway (question → outputs → visual tokens)"),
    .init(#"\texttt{MM-Eureka}, \emph{etc}.) by $\mathbf{1.21\times}$"#,
      "MM-Eureka, etc.) by 1.21×"),
    .init(#"with nearly $20\times$ fewer effective tokens"#,
      "with nearly 20× fewer effective tokens"),
    .init(#"latent space ($64\times64\times4$ spatial-temporal"#,
      "latent space (64×64×4 spatial-temporal"),
    .init(#"from $64\times64$ to $256\times256$, demonstrate"#,
      "from 64×64 to 256×256, demonstrate"),
    .init(#"a specific image $x^\ast$ in her mind"#, "a specific image x* in her mind"),
    .init(#"arrives at an image $x^{p*}$. Although"#, "arrives at an image xᵖ*. Although"),
    .init(#"when a new image $x^+$ is closer to $x^\ast$ than"#,
      "when a new image x⁺ is closer to x* than"),
    .init(#"factor ($γ$) on-the-fly"#, "factor (γ) on-the-fly"),
    .init(#"a mean Dice loss of $0.013 \pm 0.036$ versus $0.732 \pm 0.314$, with"#,
      "a mean Dice loss of 0.013 ± 0.036 versus 0.732 ± 0.314, with"),
    .init(#"ranging from $10^5$ down to $10^2$ photons"#, "ranging from 10⁵ down to 10² photons"),
    .init(#"a self-consistent relation $σ^2 \mapsto κ(σ^2)$, explaining"#,
      "a self-consistent relation σ² ↦ κ(σ²), explaining"),
    .init(#"up to \textbf{6.9\%} in AUC"#, "up to 6.9% in AUC"),
    .init(#"accuracy of 0.660\,$\pm$\,0.068 using"#, "accuracy of 0.660 ± 0.068 using"),
    .init(#"the dataset is named \textbf{\textit{EnEx2}}. Next"#,
      "the dataset is named EnEx2. Next"),
    .init(#"a trace of the C{\alpha} atom)"#, "a trace of the Cα atom)"),
    .init(#"the cost $O(N \log N)$ for a square 2D image with $N$ pixels"#,
      "the cost O(N log N) for a square 2D image with N pixels"),
    .init(#"Adversarial Network (C$^2$GAN) for the task"#,
      "Adversarial Network (C²GAN) for the task"),
    .init(#"a receiver operating characteristic curve of $0.81 \pm 0.02$ on"#,
      "a receiver operating characteristic curve of 0.81 ± 0.02 on"),
  ]

  @Test(arguments: fixtureSnippets)
  func rendersFixtureSnippet(_ snippet: LaTeXSnippet) {
    #expect(LaTeXRenderer.render(snippet.raw).plainText == snippet.rendered)
  }

  @Test func fixtureTableHasAtLeastSixtySnippets() {
    #expect(LaTeXRendererTests.fixtureSnippets.count >= 60)
  }

  /// Each feature of the renderer on a minimal input.
  static let featureCases: [LaTeXSnippet] = [
    .init(#"$\alpha$-divergence"#, "α-divergence"),
    .init(#"$\Gamma, \Delta, \omega, \varepsilon, \epsilon$"#, "Γ, Δ, ω, ε, ϵ"),
    .init(#"$a \le b$, $a\geq b$, $a \neq b$"#, "a ≤ b, a≥b, a ≠ b"),
    .init(#"$x \in \mathbb{R}^n$"#, "x ∈ ℝⁿ"),
    .init(#"$\mathbb{N}, \mathbb{Z}, \mathbb{1}$"#, "ℕ, ℤ, 𝟙"),
    .init(#"$\mathcal{L}_{cls} + \mathcal{B}$"#, "ℒ_cls + ℬ"),
    .init(#"$\mathfrak{g}$ and $\mathfrak{R}$"#, "𝔤 and ℜ"),
    .init(#"$\mathcal{O}(n^2)$"#, "𝒪(n²)"),
    .init(#"$f \to g$, $A \Rightarrow B$, $\xrightarrow{}$"#, "f → g, A ⇒ B, →"),
    .init(#"$\forall x \exists y$"#, "∀x ∃y"),
    .init(#"$\sum_i \partial_i \nabla f \approx \infty$"#, "∑ᵢ ∂ᵢ ∇f ≈ ∞"),
    .init(#"$1, \dots, n$ and $\ldots$"#, "1, …, n and …"),
    .init(#"$x^{n+1}$"#, "xⁿ⁺¹"),
    .init(#"$x^{q+1}$"#, "x^(q+1)"),
    .init(#"$a_i$, $a_{ij}$, $a_{\text{max}}$"#, "aᵢ, aᵢⱼ, aₘₐₓ"),
    .init(#"$W^T$ and $W^{-1}$ and $f'(x)$"#, "Wᵀ and W⁻¹ and f′(x)"),
    .init(#"$\frac{a}{b}$"#, "a/b"),
    .init(#"$\frac{n+1}{2}$"#, "(n+1)/2"),
    .init(#"$\frac12$ and $\tfrac{1}{x + y}$"#, "1/2 and 1/(x + y)"),
    .init(#"$\sqrt{x}$, $\sqrt{n+1}$, $\sqrt[3]{8}$"#, "√x, √(n+1), ∛8"),
    .init(#"$\hat{x}$, $\bar{y}$, $\tilde{n}$"#, "x̂, ȳ, ñ"),
    .init(#"Fr\'echet, Schr\"odinger, G\"{o}del"#, "Fréchet, Schrödinger, Gödel"),
    .init(#"Stra{\ss}e, na\"{\i}ve, \c{c}a, \v{S}koda, Erd\H{o}s"#,
      "Straße, naïve, ça, Škoda, Erdős"),
    .init(#"$\log n$ and $\max_i x_i$"#, "log n and maxᵢ xᵢ"),
    .init(#"\url{https://x.org/a_b}"#, "https://x.org/a_b"),
    .init(#"\(x^2\) and \[y_1\] and $$z$$"#, "x² and y₁ and z"),
    .init(#"\LaTeX{} and \% and \& and \$5"#, "LaTeX and % and & and $5"),
    .init(#"100~\% of R^2 -- ok_now"#, "100 % of R^2 – ok_now"),
    // Unknown commands and unbalanced input stay as written.
    .init(#"costs $5 today"#, "costs $5 today"),
    .init(#"a {b c"#, "a {b c"),
    .init(#"a} b"#, "a} b"),
    .init(#"$x^{2$ and"#, "x^{2 and"),
    .init(#"\textbf{abc"#, "abc"),
    .init(#"\foo{bar} baz \"#, #"\foo{bar} baz \"#),
    .init(#"$\foo x$"#, "foo x"),
    .init(#"$\vspace{2mm} y$"#, #"\vspace{2mm} y"#),
    .init(#"$x^$"#, "x^"),
    .init(#"$\frac{a}$"#, #"\frac{a}"#),
    .init(#"{$a} b$"#, "$a b$"),
  ]

  @Test(arguments: featureCases)
  func rendersFeature(_ snippet: LaTeXSnippet) {
    #expect(LaTeXRenderer.render(snippet.raw).plainText == snippet.rendered)
  }

  /// Inputs and the exact runs they render to.
  struct RunsCase: CustomTestStringConvertible, Sendable {
    var raw: String
    var runs: [StyledText.Run]
    var testDescription: String { raw }
  }

  static let runsCases: [RunsCase] = [
    RunsCase(
      raw: #"\textbf{Dense} $\ell_2$-norm"#,
      runs: [.init("Dense", style: .bold), .init(" "), .init("ℓ₂", style: .math), .init("-norm")]),
    RunsCase(
      raw: #"\emph{cm}SalGAN"#, runs: [.init("cm", style: .italic), .init("SalGAN")]),
    RunsCase(
      raw: #"We present \texttt{secml}, an"#,
      runs: [.init("We present "), .init("secml", style: .code), .init(", an")]),
    RunsCase(
      raw: #"\textbf{\textit{EnEx2}}"#, runs: [.init("EnEx2", style: [.bold, .italic])]),
    RunsCase(
      raw: #"by $\mathbf{1.21\times}$"#,
      runs: [.init("by "), .init("1.21×", style: [.bold, .math])]),
    RunsCase(raw: #"$\texttt{PISCES}$"#, runs: [.init("PISCES", style: .code)]),
    RunsCase(
      raw: #"{\em deep collective} learning"#,
      runs: [.init("deep collective", style: .italic), .init(" learning")]),
    RunsCase(raw: "no LaTeX at all", runs: [.init("no LaTeX at all")]),
    RunsCase(raw: "", runs: []),
  ]

  @Test(arguments: runsCases)
  func rendersStyleRuns(_ example: RunsCase) {
    #expect(LaTeXRenderer.render(example.raw).runs == example.runs)
  }

  @Test func plainTextMatchesRenderedPlainText() {
    let raw = #"A $\mathcal{O}(n^2)$ \textbf{bold} claim"#
    #expect(LaTeXRenderer.plainText(raw) == "A 𝒪(n²) bold claim")
    #expect(LaTeXRenderer.plainText("plain") == "plain")
  }

  @Test func textWithoutSpecialCharactersIsNotLaTeX() {
    #expect(!LaTeXRenderer.mayContainLaTeX("R^2 of 5% - 3_4 -x- 'q'"))
    #expect(LaTeXRenderer.mayContainLaTeX("a {b}"))
    #expect(LaTeXRenderer.mayContainLaTeX("Fig.~3"))
    #expect(LaTeXRenderer.mayContainLaTeX("``q''"))
    #expect(LaTeXRenderer.mayContainLaTeX("pages 1--2"))
    #expect(LaTeXRenderer.mayContainLaTeX("a-b--"))
  }

  @Test func everyFixtureLineRendersAndLinesWithoutLaTeXStayUnchanged() throws {
    let fixtures = FixtureFiles.folder
    let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
      .filter { $0.hasSuffix(".md") }
    #expect(names.count >= 13)
    var rendered = 0
    for name in names {
      let text = try String(
        contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n").map(String.init) {
        let output = LaTeXRenderer.render(line)
        if LaTeXRenderer.mayContainLaTeX(line) {
          rendered += 1
        } else {
          #expect(output.plainText == line)
        }
      }
    }
    #expect(rendered >= 30)
  }
}

/// A named input and its exact rendering.
struct NamedLaTeXCase: CustomTestStringConvertible, Sendable {
  var name: String
  var raw: String
  var rendered: String
  var testDescription: String { name }

  init(_ name: String, _ raw: String, _ rendered: String) {
    self.name = name
    self.raw = raw
    self.rendered = rendered
  }
}

/// Issue 18: inputs that came out garbled, and the LaTeX left raw in real abstracts.
@Suite struct LaTeXRendererReadsLikeThePaperTests {
  static let garbledCases: [NamedLaTeXCase] = [
    .init(
      "unknown command with an optional argument keeps its groups apart",
      #"\mycolor[rgb]{1,0,0}{Code available}"#, #"\mycolor[rgb]{1,0,0}{Code available}"#),
    .init(
      "textcolor with a colour model shows its text",
      #"\textcolor[rgb]{1,0,0}{Code available} here"#, "Code available here"),
    .init("subscript of mathrm with its argument (1912.04218)", #"$S_\mathrm{U}$"#, "S_U"),
    .init("subscript of text with its argument", #"$x_\text{max}$"#, "xₘₐₓ"),
    .init("subscript of mathrm with a word argument", #"$L_\mathrm{cls}$"#, "L_cls"),
    .init("subscript of mathrm with a one-letter argument", #"$S_\mathrm{u}$"#, "Sᵤ"),
    .init("superscript of mathbf with its argument", #"$W^\mathbf{T}$"#, "Wᵀ"),
    .init(
      "href keeps the text and the URL", #"see \href{https://x.org/a}{our code} now"#,
      "see our code (https://x.org/a) now"),
    .init("space kept after a symbol before an operator", #"$\lambda = 0.5$"#, "λ = 0.5"),
    .init("space kept around plus after a symbol", #"$\alpha + \beta$"#, "α + β"),
    .init(
      "space kept after a symbol before a relation command", #"$\alpha \le \beta$"#, "α ≤ β"),
    .init("no space added where none was written", #"$\lambda=0.5$"#, "λ=0.5"),
    .init(
      "literal braces around a set of words stay", #"on {train, test} x {A, B} splits"#,
      "on {train, test} x {A, B} splits"),
    .init(
      "literal braces around a set of symbols stay", #"discrete {1,0} or {-1/c , -c, c, 1/c }"#,
      "discrete {1,0} or {-1/c , -c, c, 1/c }"),
    .init(
      "grouping braces around a phrase still go", #"on {widely used benchmark} datasets {i.e.,} the"#,
      "on widely used benchmark datasets i.e., the"),
    .init("line break is one space", #"first line \\ second line"#, "first line second line"),
    .init("line break without spaces is one space", #"first\\second"#, "first second"),
  ]

  @Test(arguments: garbledCases)
  func rendersWithoutGarbling(_ example: NamedLaTeXCase) {
    #expect(LaTeXRenderer.render(example.raw).plainText == example.rendered)
  }

  static let rawCases: [NamedLaTeXCase] = [
    .init(
      "cite is dropped with the space before it", #"in Fast RCNN~\cite{girshick2015fast}, has"#,
      "in Fast RCNN, has"),
    .init(
      "citep and citet are dropped with the space before them",
      #"as in \citep{a, b} and \citet[p.~3]{c}."#, "as in and."),
    .init(
      "footnote becomes a parenthesis", #"a model\footnote{Code at our site.} that"#,
      "a model (Code at our site.) that"),
    .init("textcolor shows its text", #"\textcolor{red}{new} results"#, "new results"),
    .init("hl shows its text", #"\hl{highlighted} words"#, "highlighted words"),
    .init("url keeps its text", #"at \url{https://x.org/a_b~c--d}."#, "at https://x.org/a_b~c--d."),
    .init("eg ie etal are abbreviations", #"\eg a, \ie b, Smith \etal{} c"#, "e.g. a, i.e. b, Smith et al. c"),
    .init("ttt is code", #"we release \ttt{digest}"#, "we release digest"),
    .init("emph inside math", #"$\emph{x} + 1$"#, "x + 1"),
    .init("tie is a space", #"Fig.~3 and 100~\%"#, "Fig. 3 and 100 %"),
    .init("tilde for about stays", #"about ~10 \% more"#, "about ~10 % more"),
    .init("quotes", #"the ``best'' model \cite{x}"#, "the “best” model"),
    .init("dashes outside math", #"pages 1--10 --- or so \%"#, "pages 1–10 — or so %"),
    .init("dashes in math stay as written", #"$a--b$ \%"#, "a--b %"),
    .init("escaped specials", ##"\& \% \_ \#"##, "& % _ #"),
    .init(
      "bare URL keeps its tie and dashes", #"at https://x.org/~u/a--b, ``q'' \%"#,
      "at https://x.org/~u/a--b, “q” %"),
    .init(
      "unknown author macro shows its word (not a known command)",
      #"we take advantage of the \nasbench dataset"#, "we take advantage of the nasbench dataset"),
    .init(
      "unknown author macro with empty braces shows its word (not a known command)",
      #"We show the \algname{} breaks through"#, "We show the algname breaks through"),
    .init(
      "unknown author macro before punctuation shows its word (not a known command)",
      #"our \method, and \reid."#, "our method, and reid."),
    .init(
      "known command that is not rendered stays as written", #"see \vspace{2mm} here"#,
      #"see \vspace{2mm} here"#),
    .init(
      "unclosed emph keeps its words", #"we propose \emph{Simultaneous Self-distillation (S2SD)."#,
      "we propose Simultaneous Self-distillation (S2SD)."),
    .init(
      "unclosed url keeps the URL", #"available at \url{https://github.com/a/b--c. Code"#,
      "available at https://github.com/a/b--c. Code"),
    .init("unicode code point", #"top 0.01$\unicode{x2030}$ and \unicode{176}"#, "top 0.01‰ and °"),
    .init("unicode control character stays as written", #"\unicode{x1B}"#, #"\unicode{x1B}"#),
    .init("say quotes its text", #"either \say{syntactic} or \say{semantic}"#,
      "either “syntactic” or “semantic”"),
    .init("ref shows its key", #"in Fig.~\ref{fig1}. Then"#, "in Fig. [fig1]. Then"),
    .init("label is dropped", #"Results\label{sec:r} are"#, "Results are"),
    .init("abstract environment goes", #"\begin{abstract} We test. \end{abstract}"#, "We test. "),
    .init("other environments stay", #"\begin{itemize}"#, #"\begin{itemize}"#),
    .init(
      "keywords and their separators", #"\keywords{Machine Learning \and YOLOv3}"#,
      "Keywords: Machine Learning · YOLOv3"),
  ]

  @Test(arguments: rawCases)
  func rendersWhatWasLeftRaw(_ example: NamedLaTeXCase) {
    #expect(LaTeXRenderer.render(example.raw).plainText == example.rendered)
  }

  @Test func hrefAndURLAreLinks() {
    #expect(
      LaTeXRenderer.render(#"see \href{https://x.org}{code}"#).runs == [
        .init("see code ("), .init("https://x.org", style: .link), .init(")"),
      ])
    #expect(
      LaTeXRenderer.render(#"at \url{https://x.org}"#).runs == [
        .init("at "), .init("https://x.org", style: .link),
      ])
  }
}
