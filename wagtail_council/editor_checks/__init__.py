"""What editors are told about their content, before and after they save it.

``preview`` configures Wagtail's content checker, which runs axe-core in the
editor's preview and the userbar; ``on_save`` checks the saved page on the
server and shows its findings as warnings.
"""
