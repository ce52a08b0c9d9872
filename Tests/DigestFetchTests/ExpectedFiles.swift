/// The files a fetch of the fixture feeds must write, byte for byte.
enum ExpectedFiles {
  static let weekdayCV = #"""
    # Arxiv Papers in cs.CV on 2025-12-01
    ### $\alpha$-Flows for Dense Pose & Shape
    - **Arxiv ID**: https://arxiv.org/abs/2512.00101v1
    - **DOI**: 10.1000/xyz.123
    - **Categories**: **cs.CV**, cs.LG
    - **Links**: [PDF](https://arxiv.org/pdf/2512.00101v1)
    - **Announce Type**: new
    - **Authors**: Zoë Müller, Jan Smith
    - **Comment**: None
    - **Journal**: CVPR 2026
    - **Summary**: We bound the cost by $\mathcal{O}(n^2)$ when $x < y$ & report 360° views of Schrödinger bridges.31m Code is public.

    ### Tracking with Learned Priors
    - **Arxiv ID**: https://arxiv.org/abs/2512.00102v1
    - **DOI**: None
    - **Categories**: cs.LG, cs.CV, stat.ML
    - **Links**: [PDF](https://arxiv.org/pdf/2512.00102v1)
    - **Announce Type**: cross
    - **Authors**: Ann Lee
    - **Comment**: None
    - **Journal**: None
    - **Summary**: Priors learned from video help trackers.


    """#

  static let replacementsCV = #"""
    ### A Revised Benchmark
    - **Arxiv ID**: https://arxiv.org/abs/2511.09999v2
    - **DOI**: None
    - **Categories**: **cs.CV**
    - **Links**: [PDF](https://arxiv.org/pdf/2511.09999v2)
    - **Announce Type**: replace
    - **Authors**: Bo Chen, Cai Wu
    - **Comment**: None
    - **Journal**: None
    - **Summary**: We revise the benchmark.

    ### Convex Relaxations of Image Registration
    - **Arxiv ID**: https://arxiv.org/abs/2510.01234v3
    - **DOI**: None
    - **Categories**: math.OC, cs.CV
    - **Links**: [PDF](https://arxiv.org/pdf/2510.01234v3)
    - **Announce Type**: replace-cross
    - **Authors**: Dana Roe
    - **Comment**: None
    - **Journal**: None
    - **Summary**: A convex relaxation.


    """#

  static let weekdayLG = #"""
    # Arxiv Papers in cs.LG on 2025-12-01
    ### Sharper Generalisation Bounds
    - **Arxiv ID**: https://arxiv.org/abs/2512.00201v1
    - **DOI**: None
    - **Categories**: **cs.LG**
    - **Links**: [PDF](https://arxiv.org/pdf/2512.00201v1)
    - **Announce Type**: new
    - **Authors**: Eve Stone, Finn Hall
    - **Comment**: None
    - **Journal**: None
    - **Summary**: Bounds.


    """#

  static let submitted03 = #"""
    # Arxiv Papers in cs.CV on 2025-11-03
    ### Event Cameras for Fast $\ell_1$ Flow
    - **Arxiv ID**: https://arxiv.org/abs/2511.01001v2
    - **DOI**: 10.1000/evt.7
    - **Categories**: **cs.CV**, cs.RO
    - **Links**: [PDF](https://arxiv.org/pdf/2511.01001v2)
    - **Published**: 2025-11-03 08:15:00+00:00
    - **Updated**: 2025-11-20 10:00:00+00:00
    - **Announce Type**: new
    - **Authors**: Hana Kim, Ivo Novák
    - **Comment**: 12 pages, 5 figures
    - **Journal**: None
    - **Summary**: Event cameras see fast motion; we estimate flow with an $\ell_1$ penalty & a <10 ms budget.

    ### Grasping from Pixels
    - **Arxiv ID**: https://arxiv.org/abs/2511.01002v1
    - **DOI**: None
    - **Categories**: **cs.RO**, cs.CV
    - **Links**: [PDF](https://arxiv.org/pdf/2511.01002v1)
    - **Published**: 2025-11-03 17:40:00+00:00
    - **Updated**: 2025-11-03 17:40:00+00:00
    - **Announce Type**: cross
    - **Authors**: Jo Park
    - **Comment**: None
    - **Journal**: None
    - **Summary**: We learn grasps from pixels.


    """#

  static let submitted04 = #"""
    # Arxiv Papers in cs.CV on 2025-11-04
    ### Depth from Defocus, Revisited
    - **Arxiv ID**: https://arxiv.org/abs/2511.02003v1
    - **DOI**: None
    - **Categories**: **cs.CV**
    - **Links**: [PDF](https://arxiv.org/pdf/2511.02003v1)
    - **Published**: 2025-11-04 09:00:00+00:00
    - **Updated**: 2025-11-04 09:00:00+00:00
    - **Announce Type**: new
    - **Authors**: Kai Ito
    - **Comment**: Accepted at 3DV
    - **Journal**: 3DV 2026
    - **Summary**: Defocus cues, revisited.


    """#
}
