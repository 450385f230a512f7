// The code pad's editor (vendor/codemirror.js): CodeMirror 6 with a small, explicit setup
// instead of `basicSetup`, and three languages. Pages import createCodePad only.
import { EditorState, Compartment } from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, drawSelection,
} from '@codemirror/view';
import {
  syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching, indentUnit,
} from '@codemirror/language';
import { history, defaultKeymap, historyKeymap, indentWithTab } from '@codemirror/commands';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { java } from '@codemirror/lang-java';

const LANGUAGES = {
  plaintext: () => [],
  javascript: () => javascript(),
  typescript: () => javascript({ typescript: true }),
  python: () => python(),
  java: () => java(),
};

/** The languages the pad highlights, in picker order. */
export const languages = Object.keys(LANGUAGES);

/**
 * Mounts an editor in `parent`.
 * options: { doc, language, readOnly, label, describedBy (an element id), onChange(text) } – onChange
 * fires for local edits only.
 * Returns { getText(), setText(text) (keeps the cursor where it can), setLanguage(id), setReadOnly(b), focus(), view }.
 */
export function createCodePad(parent, options = {}) {
  const language = new Compartment();
  const editable = new Compartment();
  const onChange = options.onChange || (() => {});
  let applyingRemote = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc || '',
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        indentUnit.of('    '),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's accessible tab handling)
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        language.of((LANGUAGES[options.language] || LANGUAGES.plaintext)()),
        editable.of(EditorView.editable.of(!options.readOnly)),
        EditorView.contentAttributes.of({
          'aria-label': options.label || 'Code pad',
          ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applyingRemote) {
            onChange(update.state.doc.toString());
          }
        }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      const current = view.state.doc.toString();
      if (current === text) return;
      // replace only the changed middle, so a remote edit elsewhere does not move the cursor
      let start = 0;
      while (start < current.length && start < text.length && current[start] === text[start]) start++;
      let endCurrent = current.length;
      let endText = text.length;
      while (endCurrent > start && endText > start && current[endCurrent - 1] === text[endText - 1]) {
        endCurrent--;
        endText--;
      }
      applyingRemote = true;
      try {
        view.dispatch({ changes: { from: start, to: endCurrent, insert: text.slice(start, endText) } });
      } finally {
        applyingRemote = false;
      }
    },
    setLanguage(id) {
      view.dispatch({ effects: language.reconfigure((LANGUAGES[id] || LANGUAGES.plaintext)()) });
    },
    setReadOnly(readOnly) {
      view.dispatch({ effects: editable.reconfigure(EditorView.editable.of(!readOnly)) });
    },
    focus: () => view.focus(),
  };
}
