#!/usr/bin/python3
"""Opens .docx files in a real word processor (LibreOffice, headless, through UNO).

Run with Debian's Python, which has the UNO bridge (`/usr/bin/python3`).
Reads a JSON list of jobs on stdin (or from the file named by the first
argument), each:

    {"docx": "in.docx",            # the document to open
     "changes": "accept" | "reject" | "keep",   # what to do with its tracked changes first (default keep)
     "text": "out.txt",            # optional: its plain text, UTF-8
     "pdf": "out.pdf",             # optional: the document as PDF
     "json": "out.json"}           # optional: its paragraphs and tracked changes

and writes one JSON line to stdout: a list, one result per job, in order,
{"ok": true} or {"ok": false, "error": "..."}: a job that fails does not stop
the others. The paragraphs' JSON is

    {"revisions": <tracked changes when opened>, "revisionTypes": {...},
     "remaining": <tracked changes left after accepting or rejecting>,
     "paragraphs": [{"style": <style name as the user sees it>, "outline": <outline level, 0 = body text>,
                     "text": ..., "table": <inside a table>, "page": <its page style: a new one starts each section>,
                     "index": <the document index (a table of contents) it stands in, or null>}]}

One soffice serves every job: it runs with its own profile in a scratch
folder, listens on a named pipe, and is ended when the jobs are done, also on
an error or an interrupt.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get('SOFFICE_PATH', '/usr/bin/soffice')


def props(**values):
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        out.append(prop)
    return tuple(out)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Office:
    """One headless soffice with a scratch profile, connected over a pipe."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix='stdkit-soffice-')
        self.pipe = 'stdkit%d' % os.getpid()
        self.process = subprocess.Popen(
            [SOFFICE, '--headless', '--invisible', '--nologo', '--norestore', '--nodefault', '--nolockcheck', '--nofirststartwizard',
             '-env:UserInstallation=' + url(self.profile),
             '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + 90
        while True:
            try:
                self.context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe)
                break
            except NoConnectException:
                if self.process.poll() is not None:
                    raise RuntimeError('soffice exited with %s before accepting connections' % self.process.returncode)
                if time.time() > deadline:
                    raise RuntimeError('soffice did not accept a connection within 90 s')
                time.sleep(0.25)
        manager = self.context.ServiceManager
        self.desktop = manager.createInstanceWithContext('com.sun.star.frame.Desktop', self.context)
        self.dispatcher = manager.createInstanceWithContext('com.sun.star.frame.DispatchHelper', self.context)

    def close(self):
        try:
            if getattr(self, 'desktop', None) is not None:
                self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def run(self, job):
        document = self.desktop.loadComponentFromURL(url(job['docx']), '_blank', 0, props(Hidden=True, ReadOnly=False, UpdateDocMode=0))
        if document is None:
            raise RuntimeError('the word processor could not open %s' % job['docx'])
        try:
            return self.work(document, job)
        finally:
            document.close(True)

    def work(self, document, job):
        redlines = document.getRedlines()
        types = {}
        enumeration = redlines.createEnumeration()
        while enumeration.hasMoreElements():
            kind = enumeration.nextElement().RedlineType
            types[kind] = types.get(kind, 0) + 1
        revisions = sum(types.values())
        changes = job.get('changes', 'keep')
        if changes in ('accept', 'reject'):
            document.RecordChanges = False
            command = '.uno:AcceptAllTrackedChanges' if changes == 'accept' else '.uno:RejectAllTrackedChanges'
            self.dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, '', 0, ())
        elif changes != 'keep':
            raise ValueError('changes must be accept, reject or keep, not %r' % changes)
        remaining = count(document.getRedlines())
        if job.get('text'):
            document.storeToURL(url(job['text']), props(FilterName='Text (encoded)', FilterOptions='UTF8,LF,,,'))
        if job.get('pdf'):
            document.storeToURL(url(job['pdf']), props(FilterName='writer_pdf_Export'))
        if job.get('json'):
            styles = document.getStyleFamilies().getByName('ParagraphStyles')
            paragraphs = []
            walk(document.getText(), styles, paragraphs, False)
            summary = {'revisions': revisions, 'revisionTypes': types, 'remaining': remaining, 'paragraphs': paragraphs}
            with open(job['json'], 'w', encoding='utf-8') as out:
                json.dump(summary, out, ensure_ascii=False, indent=1)
        return {'ok': True, 'revisions': revisions, 'remaining': remaining}


def count(redlines):
    number = 0
    enumeration = redlines.createEnumeration()
    while enumeration.hasMoreElements():
        enumeration.nextElement()
        number += 1
    return number


def index_of(paragraph):
    """The kind of document index (a table of contents …) a paragraph stands in, or None."""
    try:
        index = paragraph.DocumentIndex
    except Exception:
        return None
    return None if index is None else index.getServiceName() if hasattr(index, 'getServiceName') else 'index'


def inline(paragraph):
    """What a paragraph holds besides its text, in order: its formulas (as the math module reads them), its pictures, its footnotes' text."""
    math, pictures, footnotes = [], 0, []
    portions = paragraph.createEnumeration()
    while portions.hasMoreElements():
        portion = portions.nextElement()
        kind = portion.TextPortionType
        if kind == 'Footnote':
            footnotes.append(portion.Footnote.getString())
        elif kind == 'Frame':
            contents = portion.createContentEnumeration('com.sun.star.text.TextContent')
            while contents.hasMoreElements():
                content = contents.nextElement()
                if content.supportsService('com.sun.star.text.TextEmbeddedObject'):
                    model = content.getEmbeddedObject()
                    math.append(getattr(model, 'Formula', '') if model is not None else '')
                elif content.supportsService('com.sun.star.text.TextGraphicObject'):
                    pictures += 1
    return math, pictures, footnotes


def walk(text, styles, out, in_table):
    """The paragraphs of a text in order, those of tables cell by cell, row by row."""
    enumeration = text.createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService('com.sun.star.text.Paragraph'):
            name = element.ParaStyleName
            shown = styles.getByName(name).DisplayName if styles.hasByName(name) else name
            math, pictures, footnotes = inline(element)
            out.append({'style': shown, 'outline': element.OutlineLevel, 'text': element.getString(), 'table': in_table,
                        'page': element.PageStyleName, 'index': index_of(element),
                        'math': math, 'pictures': pictures, 'footnotes': footnotes})
        elif element.supportsService('com.sun.star.text.TextTable'):
            for cell in element.getCellNames():
                walk(element.getCellByName(cell), styles, out, True)


def main():
    source = open(sys.argv[1], encoding='utf-8') if len(sys.argv) > 1 else sys.stdin
    jobs = json.load(source)
    office = None
    results = []

    def stop(signum, _frame):
        raise KeyboardInterrupt('signal %d' % signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        office = Office()
        for job in jobs:
            try:
                results.append(office.run(job))
            except Exception as error:  # one job's failure is that job's result
                results.append({'ok': False, 'error': '%s: %s' % (type(error).__name__, error), 'trace': traceback.format_exc()})
    finally:
        if office is not None:
            office.close()
    sys.stdout.write(json.dumps(results, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
