package magic

import "strings"

// PartKind says what a part of a cell is.
type PartKind int

const (
	// GoPart is Go code for the session.
	GoPart PartKind = iota
	// LinePart is a `%name args` line.
	LinePart
	// CellPart is a `%%name args` line and the rest of the cell.
	CellPart
	// ShellPart is a `!command` line.
	ShellPart
)

// Part is a piece of a cell, in the cell's order.
type Part struct {
	Kind PartKind
	// Name is the magic's name (LinePart, CellPart).
	Name string
	// Args is the rest of a magic's line, or a shell line's command.
	Args string
	// Code is a GoPart's text, padded with empty lines so that its line
	// numbers are the cell's; the body of a CellPart.
	Code string
	// Line is the part's first line in the cell (1-based).
	Line int
}

// Split cuts a cell into parts. A line is a magic or shell line when it
// starts (at column 0, outside a raw string or comment that spans lines)
// with `%` or `!`; a `%%` line takes the rest of the cell as its body and
// must come before any Go code (later lines may still be magics of their
// own, as the body decides). Blank Go parts are dropped.
func Split(code string) []Part {
	st := inCode
	var parts []Part
	var goLines []string
	goStart := 0
	flush := func() {
		text := strings.Join(goLines, "")
		if strings.TrimSpace(text) != "" {
			parts = append(parts, Part{Kind: GoPart, Code: strings.Repeat("\n", goStart-1) + text, Line: goStart})
		}
		goLines = nil
	}
	n, off := 0, 0
	for line := range strings.Lines(code) {
		n++
		start := off
		off += len(line)
		trimmed := strings.TrimRight(line, "\r\n")
		isMagic := st == inCode && (strings.HasPrefix(trimmed, "%") || strings.HasPrefix(trimmed, "!"))
		if !isMagic {
			st = scanLine(line, st)
			if goLines == nil {
				goStart = n
			}
			goLines = append(goLines, line)
			continue
		}
		flush()
		switch {
		case strings.HasPrefix(trimmed, "%%"):
			name, args := cutName(trimmed[2:])
			parts = append(parts, Part{Kind: CellPart, Name: name, Args: args, Code: code[start+len(line):], Line: n})
			return parts
		case strings.HasPrefix(trimmed, "%"):
			name, args := cutName(trimmed[1:])
			parts = append(parts, Part{Kind: LinePart, Name: name, Args: args, Line: n})
		default:
			parts = append(parts, Part{Kind: ShellPart, Args: strings.TrimSpace(trimmed[1:]), Line: n})
		}
	}
	flush()
	return parts
}

// cutName splits "name args" (also "name?" asking for help).
func cutName(s string) (name, args string) {
	s = strings.TrimLeft(s, " \t")
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i+1:])
}

// lexState is where a line of Go ends: in plain code, a raw string or a
// block comment (the only tokens that span lines).
type lexState int

const (
	inCode lexState = iota
	inRaw
	inComment
)

// scanLine returns the state after line, starting in st. Interpreted
// strings and runes end on their line; a line comment ends the line.
func scanLine(line string, st lexState) lexState {
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch st {
		case inRaw:
			if c == '`' {
				st = inCode
			}
		case inComment:
			if c == '*' && i+1 < len(line) && line[i+1] == '/' {
				st, i = inCode, i+1
			}
		default:
			switch {
			case c == '`':
				st = inRaw
			case c == '/' && i+1 < len(line) && line[i+1] == '/':
				return inCode
			case c == '/' && i+1 < len(line) && line[i+1] == '*':
				st, i = inComment, i+1
			case c == '"' || c == '\'':
				for i++; i < len(line) && line[i] != c; i++ {
					if line[i] == '\\' {
						i++
					}
				}
			}
		}
	}
	return st
}

// SplitArgs splits a magic's arguments as a shell would split words:
// spaces separate, single and double quotes group, a backslash escapes
// the next character (outside single quotes). No expansion.
func SplitArgs(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	escaped := false
	for _, r := range s {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\\':
			escaped, inWord = true, true
		case quote == '"':
			if r == '"' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, &Error{Name: "UsageError", Value: "unterminated " + string(quote) + " quote in: " + s}
	}
	if escaped {
		cur.WriteRune('\\')
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}
