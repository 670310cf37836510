"""The command palette's provider: the reader's own actions, by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.tui.actions import ReaderAction, palette_actions


class ReaderCommands(Provider):
    """Offers every registered action (see reader.tui.actions) in ctrl+p."""

    async def _run(self, action: ReaderAction) -> None:
        screen = self.app.screen
        # Main-screen actions run on the main screen even when a modal was open.
        target = "app" if action.scope == "app" else "screen"
        await self.app.run_action(f"{target}.{action.action}", default_namespace=screen)

    def _name(self, action: ReaderAction) -> str:
        return f"{action.label}: {action.tooltip.split(';')[0].rstrip('.')}"

    async def discover(self) -> Hits:
        for action in palette_actions():
            yield DiscoveryHit(
                self._name(action), partial(self._run, action), help=f"key: {action.display}"
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action in palette_actions():
            name = self._name(action)
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self._run, action),
                    help=f"key: {action.display}",
                )
