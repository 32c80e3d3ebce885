"""The wizard (`jianggao new`): asks in Chinese, previews the outline, writes the brief and the speech."""
from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .prompts import Prompter
from .questions import (
    ACHIEVEMENTS,
    BASIC,
    KIND_SECTIONS,
    LENGTH,
    PREVIOUS,
    PRIORITIES,
    PROBLEMS,
    SPEAKER,
    ask_achievements,
    ask_basic,
    ask_length,
    ask_previous,
    ask_priorities,
    ask_problems,
    ask_speaker,
)

NO_TTY_MESSAGE = ("向导需要在终端中运行；不提问直接生成请用 jianggao render 简报.yaml"
                  "，或 jianggao new --answers 答案文件.yaml")
CONFIRM, BACK, QUIT = "confirm", "back", "quit"
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后)[，,、]?")


class WizardCancelled(Exception):
    """Raised inside the wizard when the user chooses 退出 at the preview; handled like Ctrl-C."""


@dataclass
class Wizard:
    """One run: the answers so far (the brief's own shape), how to preview, where the bank's problems come from."""

    prompter: Prompter
    answers: dict = field(default_factory=dict)
    chinese_keys: bool = True
    today: Any = None
    templates: Any = None
    phrasebank: Any = None
    preview: Callable | None = None          # Brief -> wizard_output.Preview (tests may pass their own)
    problem_items: Callable | None = None    # answers -> [problem sentences from the bank]

    def ask_section(self, section: str) -> None:
        """Ask one section, writing into ``answers`` as it goes."""
        p, a = self.prompter, self.answers
        if section == BASIC:
            ask_basic(p, a, self.today)
        elif section == SPEAKER:
            ask_speaker(p, a)
        elif section == PREVIOUS:
            ask_previous(p, a)
        elif section == ACHIEVEMENTS:
            ask_achievements(p, a)
        elif section == PROBLEMS:
            items = (self.problem_items(a, self.phrasebank) if self.problem_items
                     else bank_problem_items(a, self.phrasebank, templates=self.templates))
            ask_problems(p, a, items)
        elif section == PRIORITIES:
            ask_priorities(p, a)
        elif section == LENGTH:
            ask_length(p, a)

    def sections(self) -> tuple[str, ...]:
        return KIND_SECTIONS.get(self.answers.get("kind", "annual_conference"), KIND_SECTIONS["annual_conference"])

    def run(self):
        """Every question, then preview → confirm / go back to a section / quit. Returns the Brief."""
        from rich.text import Text

        from ..errors import BriefError
        from .answers import build_brief

        asked: list[str] = []
        self._ask_pending(asked)
        self.chinese_keys = self.prompter.select(
            "简报用中文键名还是英文键名？", [("中文键名（年份、地区……，推荐）", True), ("英文键名（year、region……）", False)],
            default=self.chinese_keys)
        while True:
            self._ask_pending(asked)  # sections a kind changed on going back newly needs
            try:
                brief = build_brief(self.answers)
            except BriefError as exc:
                # Every prompt validates as typed, so only a value no prompt asks (a hand-edited draft's
                # closing line, say) lands here: say which, and offer to keep the rest as a draft to fix.
                self.prompter.show(Text(f"简报有误，无法生成：{exc}", style="red"))
                raise WizardCancelled() from None
            self.show_preview(brief)
            action = self.prompter.select("下一步？", [("确认生成", CONFIRM), ("返回修改某一部分", BACK),
                                                      ("退出", QUIT)], default=CONFIRM)
            if action == CONFIRM:
                return brief
            if action == QUIT:
                raise WizardCancelled()
            section = self.prompter.select("修改哪一部分？", [(s, s) for s in self.sections()])
            self.ask_section(section)

    def _ask_pending(self, asked: list[str]) -> None:
        """Ask, in order, every section the current kind needs and not yet asked (the kind is the first answer)."""
        while True:
            pending = [s for s in self.sections() if s not in asked]
            if not pending:
                return
            self.ask_section(pending[0])
            asked.append(pending[0])

    def show_preview(self, brief) -> None:
        """The outline the speech will have, its length and its speaking time."""
        from rich.text import Text

        from ..errors import JianggaoError
        from .output import preview_of

        try:
            pv = (self.preview or (lambda b: preview_of(b, templates=self.templates, phrasebank=self.phrasebank)))(brief)
        except JianggaoError as exc:
            self.prompter.show(Text(f"（暂时无法预览提纲：{exc.message}）", style="yellow"))
            return
        out = Text()
        out.append(f"\n讲话提纲预览：{brief.meeting_name}\n", style="bold")
        for level, heading in pv.headings:
            if level <= 2:
                out.append("  " * level + heading + "\n", style="bold" if level == 1 else "")
        if not pv.headings:
            out.append("  （这类讲话不分小标题）\n")
        out.append(f"篇幅约 {pv.length} 字，讲话约 {pv.minutes} 分钟（按每分钟约220字）\n", style="cyan")
        target = brief.target_length
        hinted = False
        for line in getattr(pv, "plan", ())[2:]:
            # the plan's figures and answers, under the headings (its first two lines repeat the title)
            if line.startswith(("  ·", "可补充")):
                out.append("  " + line.strip() + "\n", style="dim" if line.startswith("  ·") else "yellow")
                hinted = hinted or line.startswith("可补充")
        if abs(pv.length - target) > target * 0.15:
            # "上面所列" only when something was listed above (a 致辞 with no data listed nothing)
            more = ("补充上面所列内容可以加长" if hinted else
                    "可在生成的简报里补充去年的成绩或今年的打算，再用 jianggao render 重新生成")
            out.append(f"（要求约 {target} 字，与实际相差较多：简报提供的素材有限，{more}；"
                       f"不会编造成绩）\n", style="yellow")
        self.prompter.show(out)


# A mined problem line that is no problem of the secretary's own to tick: one leaning on the line before it in its speech
# (托育服务的发展同样存在问题, 人才队伍建设也是…), one of its source's own place (目前我县…), or a summary of problems
# rather than one (存在诸多不足和困难，有待进一步研究解决).
# (a line opening on what it leans on, 这/此外/同时…, is compose.needs' to say: needs_of)
_NOT_ONE_PROBLEM = re.compile(r"同样|也是|也存在|我[县区市镇乡旗]|本[县区市镇]|诸多|一些问题|不少问题|有待进一步研究|客观")


def _offered(text: str, table, day) -> bool:
    """Whether the wizard offers ``text`` as a problem to tick: it stands on its own (_NOT_ONE_PROBLEM) and the
    speech answers it with a measure of its own subject (compose.answers' table; a catch-all knows nothing of it), so
    that what the secretary ticks is taken up in the draft she previews."""
    import datetime as dt

    from ..compose.answers import entries_of, is_catch_all
    from ..compose.needs import needs_of

    if _NOT_ONE_PROBLEM.search(text) or needs_of(text):
        return False
    when = day or dt.date.today()
    return any(not is_catch_all(e) for e in entries_of(text, table, when))


def bank_problem_items(answers: dict, phrasebank=None, *, templates=None, limit: int = 12) -> list[str]:
    """The problems offered to tick: the menu's (templates/wording/problem_menu.yaml) for the brief's own areas and the
    general ones, then the bank's problem statements (most frequent first, the brief's slots filled in), then the
    menu's other areas; each only where it fits the speech's date and field and the speech answers it (_offered)."""
    from ..compose.context import main_topic
    from ..errors import JianggaoError
    from ..model.slots import fill_slots
    from ..model.tifa import outside_window
    from ..model.topics import resolve_topic
    from .answers import try_brief
    from .output import resources_for

    brief = try_brief(answers)
    try:
        resources = resources_for(templates, phrasebank)  # the same load the preview then reuses
    except JianggaoError:
        return []
    bank = resources.bank
    table = resources.templates.wording.get("PROBLEM_ANSWERS") or ()
    menu = resources.templates.wording.get("PROBLEM_MENU") or {}
    values = slot_values(brief) if brief else {}
    day = brief.speech_date if brief else None
    level = brief.region.level if brief else None
    # a special meeting offers its own field's problems and the general ones (a 2016 爱国卫生 meeting was offered
    # 医患之间诚信缺失 and 托育服务的发展同样存在问题: the wizard in tmux, session 30)
    field = main_topic(brief).key if brief and brief.kind == "special_topic" else ""
    own: list[str] = []
    if brief:
        for group in (*brief.priorities, *brief.achievements):
            topic = resolve_topic(group.topic)
            if topic and topic.key not in own:
                own.append(topic.key)
    if field and field not in own:
        own.insert(0, field)
    out: list[str] = []

    def offer(text: str) -> None:
        if len(out) < limit and text not in out and not (day is not None and outside_window(text, day, level)) \
                and _offered(text, table, day):
            out.append(text)

    for key in (*own, "general"):
        for text in menu.get(key) or ():
            offer(str(text))
    for ph in sorted(bank.select(category="problem", role="item", kind=answers.get("kind")), key=lambda x: -x.count):
        if day is not None and not ph.valid_on(day):
            continue  # out of the entry's own window
        if field and field not in ph.topics and "general" not in ph.topics:
            continue
        try:
            text = fill_slots(ph.text, values)
        except KeyError:
            continue  # a slot the wizard cannot fill yet (a person's name): not offered
        text = _ENUMERATOR.sub("", text).rstrip("。")  # 一是…: the speech numbers its own points
        if 8 <= len(text) <= 30:  # not a fragment, nor too long to read on one line of a checkbox
            offer(text)
    if not field:
        for key, texts in menu.items():
            if key not in own and key != "general":
                for text in texts or ():
                    offer(str(text))
    return out


def slot_values(brief) -> dict[str, str]:
    """Slot values known from the brief alone: the same as the composer's (compose.context)."""
    from ..compose.context import level_word, org_slots

    r = brief.region
    return {"region": r.name, "region_short": r.short or r.name, "level": level_word(r.level or "区"),
            "scope": r.scope, "year": str(brief.year), "prev_year": str(brief.prev_year),
            "meeting": brief.meeting_name, **org_slots(brief)}


def interactive(prompter: Prompter, folder: Path, *, start: dict | None = None, chinese_keys: bool = True,
                force: bool = False,
                templates=None, phrasebank=None, today=None, preview=None, problem_items=None,
                write: Callable | None = None) -> int:
    """The whole interactive command: questions, preview, writing; Ctrl-C or 退出 offers a draft.
    Returns the exit code (0 written, 2 cancelled: DESIGN has no other code for a run that made nothing)."""
    from ..errors import JianggaoError, Stopped
    from .output import output_paths, save_draft, self_check_text, write_outputs

    wiz = Wizard(prompter, dict(start or {}), chinese_keys=chinese_keys, today=today, templates=templates,
                 phrasebank=phrasebank, preview=preview, problem_items=problem_items)
    try:
        brief = wiz.run()
        yaml_path, docx_path = output_paths(folder, brief)
        if not force and (yaml_path.exists() or docx_path.exists()):
            force = prompter.confirm(f"{yaml_path.name} 或 {docx_path.name} 已存在，覆盖？", default=False)
            if not force:
                raise WizardCancelled()
        (write or write_outputs)(brief, yaml_path, docx_path, chinese_keys=wiz.chinese_keys, force=force,
                                 templates=templates, phrasebank=phrasebank)
    except Stopped:
        # SIGTERM or SIGHUP: nobody is there to answer "keep a draft?" — keep it without asking, then stop.
        if wiz.answers:
            path = save_draft(wiz.answers, folder, chinese_keys=wiz.chinese_keys)
            print(f"已保存草稿：{path}", file=sys.stderr)
        raise
    except (KeyboardInterrupt, WizardCancelled, EOFError):
        return _offer_draft(prompter, wiz, folder, save_draft)
    except JianggaoError as exc:  # the speech or a file could not be written: keep the answers anyway
        print(f"jianggao: {exc}", file=sys.stderr)
        return _offer_draft(prompter, wiz, folder, save_draft)
    brief_arg = typed_path(yaml_path)
    prompter.show(f"已生成：\n  简报  {yaml_path}\n  讲话稿 {docx_path}\n"
                  f"以后可用 jianggao render {brief_arg} 重新生成，或 jianggao new --from {brief_arg} 起草明年的讲话。")
    if write is None:  # tests that stand in for the writer have no speech to check
        try:
            prompter.show(self_check_text(brief, templates=templates, phrasebank=phrasebank))
        except JianggaoError as exc:
            prompter.show(f"（暂时无法自检：{exc.message}）")
    return 0


def typed_path(path: Path) -> str:
    """A path as it can be typed after a command in the folder the wizard was started from: the folder given
    with -o kept (the bare file name only works inside that folder), quoted when it holds a space."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() or c in "&|;<>()$`'" for c in text) else text


def _offer_draft(prompter: Prompter, wiz: Wizard, folder: Path, save_draft: Callable) -> int:
    """Ask whether to keep the answers so far; a second Ctrl-C (or a closed input) means no."""
    if not wiz.answers:
        print("已取消，未保存任何内容。", file=sys.stderr)
        return 2
    try:
        keep = prompter.confirm("是否把已填写的内容保存为草稿简报？", default=True)
    except (KeyboardInterrupt, EOFError):
        keep = False
    if keep:
        path = save_draft(wiz.answers, folder, chinese_keys=wiz.chinese_keys)
        print(f"已保存草稿：{path}\n继续填写：jianggao new --from {typed_path(path)}", file=sys.stderr)
    else:
        print("已取消，未保存。", file=sys.stderr)
    return 2
