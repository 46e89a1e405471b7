// Package notebook reads and writes Jupyter notebooks (nbformat 4) and runs
// them through a kernel: `gokernel run NOTEBOOK.ipynb`.
//
// Reading then writing a notebook keeps every field this package does not
// know about, and writes the layout Jupyter itself writes (one-space
// indent, sorted keys, multi-line strings as lists of lines), so a notebook
// run with gokernel diffs cleanly against one saved by JupyterLab.
package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Notebook is an nbformat 4 notebook.
type Notebook struct {
	Cells         []*Cell
	Metadata      map[string]any
	NBFormat      int
	NBFormatMinor int
	extra         map[string]json.RawMessage
}

// Cell is one notebook cell.
type Cell struct {
	// Type is "code", "markdown" or "raw".
	Type string
	// ID is the cell id (nbformat 4.5+); may be empty in older notebooks.
	ID       string
	Source   string
	Metadata map[string]any
	// Outputs and ExecutionCount are used by code cells only; a nil
	// ExecutionCount is written as null (never run).
	Outputs        []Output
	ExecutionCount *int

	sourceIsString bool // keep the source's on-disk form on write
	extra          map[string]json.RawMessage
}

// Output is one output of a code cell.
type Output struct {
	// Type is "stream", "display_data", "execute_result" or "error".
	Type string
	// Name ("stdout" or "stderr") and Text are set for a stream.
	Name string
	Text string
	// Data (MIME type -> content) and Metadata are set for display_data
	// and execute_result; text content is a single string here.
	Data     map[string]any
	Metadata map[string]any
	// ExecutionCount is set for execute_result.
	ExecutionCount *int
	// EName, EValue and Traceback are set for an error.
	EName     string
	EValue    string
	Traceback []string

	displayID string // transient: which display update_display_data changes
	extra     map[string]json.RawMessage
}

// Tags returns the cell's metadata tags (e.g. "raises-exception").
func (c *Cell) Tags() []string {
	raw, _ := c.Metadata["tags"].([]any)
	var tags []string
	for _, t := range raw {
		if s, ok := t.(string); ok {
			tags = append(tags, s)
		}
	}
	return tags
}

// HasTag reports whether the cell has the metadata tag tag.
func (c *Cell) HasTag(tag string) bool {
	for _, t := range c.Tags() {
		if t == tag {
			return true
		}
	}
	return false
}

// ReadFile reads and parses a notebook file.
//
//	nb, err := notebook.ReadFile("notebooks/00-hello.ipynb")
func ReadFile(path string) (*Notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	nb, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return nb, nil
}

// Parse parses an nbformat 4 notebook.
func Parse(data []byte) (*Notebook, error) {
	fields, err := objectFields(data)
	if err != nil {
		return nil, fmt.Errorf("not a notebook (a JSON object was expected): %w", err)
	}
	nb := &Notebook{}
	if err := take(fields, "nbformat", &nb.NBFormat); err != nil {
		return nil, err
	}
	if nb.NBFormat != 4 {
		return nil, fmt.Errorf("nbformat %d is not supported (only 4; convert with `jupyter nbconvert --to notebook`)", nb.NBFormat)
	}
	if err := take(fields, "nbformat_minor", &nb.NBFormatMinor); err != nil {
		return nil, err
	}
	if err := take(fields, "metadata", &nb.Metadata); err != nil {
		return nil, err
	}
	var cells []json.RawMessage
	if err := take(fields, "cells", &cells); err != nil {
		return nil, err
	}
	for i, raw := range cells {
		c, err := parseCell(raw)
		if err != nil {
			return nil, fmt.Errorf("cell %d: %w", i+1, err)
		}
		nb.Cells = append(nb.Cells, c)
	}
	nb.extra = fields
	return nb, nil
}

func parseCell(data []byte) (*Cell, error) {
	fields, err := objectFields(data)
	if err != nil {
		return nil, err
	}
	c := &Cell{}
	if err := take(fields, "cell_type", &c.Type); err != nil {
		return nil, err
	}
	switch c.Type {
	case "code", "markdown", "raw":
	default:
		return nil, fmt.Errorf("unknown cell_type %q", c.Type)
	}
	if err := take(fields, "id", &c.ID); err != nil {
		return nil, err
	}
	if err := take(fields, "metadata", &c.Metadata); err != nil {
		return nil, err
	}
	if raw, ok := fields["source"]; ok {
		delete(fields, "source")
		if c.Source, err = multiline(raw); err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		c.sourceIsString = len(raw) > 0 && raw[0] == '"'
	}
	if c.Type == "code" {
		if err := take(fields, "execution_count", &c.ExecutionCount); err != nil {
			return nil, err
		}
		var outs []json.RawMessage
		if err := take(fields, "outputs", &outs); err != nil {
			return nil, err
		}
		for i, raw := range outs {
			o, err := parseOutput(raw)
			if err != nil {
				return nil, fmt.Errorf("output %d: %w", i+1, err)
			}
			c.Outputs = append(c.Outputs, o)
		}
	}
	c.extra = fields
	return c, nil
}

func parseOutput(data []byte) (Output, error) {
	var o Output
	fields, err := objectFields(data)
	if err != nil {
		return o, err
	}
	if err := take(fields, "output_type", &o.Type); err != nil {
		return o, err
	}
	switch o.Type {
	case "stream":
		if err := take(fields, "name", &o.Name); err != nil {
			return o, err
		}
		if raw, ok := fields["text"]; ok {
			delete(fields, "text")
			if o.Text, err = multiline(raw); err != nil {
				return o, fmt.Errorf("text: %w", err)
			}
		}
	case "display_data", "execute_result":
		var data map[string]json.RawMessage
		if err := take(fields, "data", &data); err != nil {
			return o, err
		}
		o.Data = map[string]any{}
		for mime, raw := range data {
			v, err := mimeValue(mime, raw)
			if err != nil {
				return o, fmt.Errorf("data %s: %w", mime, err)
			}
			o.Data[mime] = v
		}
		if err := take(fields, "metadata", &o.Metadata); err != nil {
			return o, err
		}
		if o.Type == "execute_result" {
			if err := take(fields, "execution_count", &o.ExecutionCount); err != nil {
				return o, err
			}
		}
	case "error":
		for key, dst := range map[string]any{"ename": &o.EName, "evalue": &o.EValue, "traceback": &o.Traceback} {
			if err := take(fields, key, dst); err != nil {
				return o, err
			}
		}
	default:
		return o, fmt.Errorf("unknown output_type %q", o.Type)
	}
	o.extra = fields
	return o, nil
}

// Write lays out nb as Jupyter does (bytes end with a newline).
func (nb *Notebook) Write() ([]byte, error) {
	top := map[string]any{}
	for k, v := range nb.extra {
		top[k] = v
	}
	top["nbformat"] = nb.NBFormat
	top["nbformat_minor"] = nb.NBFormatMinor
	top["metadata"] = orEmpty(nb.Metadata)
	cells := make([]any, 0, len(nb.Cells))
	for _, c := range nb.Cells {
		cells = append(cells, c.object())
	}
	top["cells"] = cells
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // Jupyter keeps <, > and & as they are
	enc.SetIndent("", " ")
	if err := enc.Encode(top); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteFile writes nb to path through a temporary file and a rename, so an
// interrupted write never leaves half a notebook.
func (nb *Notebook) WriteFile(path string) error {
	data, err := nb.Write()
	if err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func (c *Cell) object() map[string]any {
	m := map[string]any{}
	for k, v := range c.extra {
		m[k] = v
	}
	m["cell_type"] = c.Type
	if c.ID != "" {
		m["id"] = c.ID
	}
	m["metadata"] = orEmpty(c.Metadata)
	if c.sourceIsString {
		m["source"] = c.Source
	} else {
		m["source"] = splitLines(c.Source)
	}
	if c.Type == "code" {
		m["execution_count"] = c.ExecutionCount
		outs := make([]any, 0, len(c.Outputs))
		for _, o := range c.Outputs {
			outs = append(outs, o.object())
		}
		m["outputs"] = outs
	}
	return m
}

func (o Output) object() map[string]any {
	m := map[string]any{}
	for k, v := range o.extra {
		m[k] = v
	}
	m["output_type"] = o.Type
	switch o.Type {
	case "stream":
		m["name"] = o.Name
		m["text"] = splitLines(o.Text)
	case "display_data", "execute_result":
		data := map[string]any{}
		for mime, v := range o.Data {
			if s, ok := v.(string); ok && splitsLines(mime) {
				data[mime] = splitLines(s)
			} else {
				data[mime] = v
			}
		}
		m["data"] = data
		m["metadata"] = orEmpty(o.Metadata)
		if o.Type == "execute_result" {
			m["execution_count"] = o.ExecutionCount
		}
	case "error":
		m["ename"] = o.EName
		m["evalue"] = o.EValue
		tb := o.Traceback
		if tb == nil {
			tb = []string{}
		}
		m["traceback"] = tb
	}
	return m
}

// splitsLines reports whether nbformat stores a MIME type's string content
// as a list of lines: text types, SVG and JavaScript; not JSON or base64.
func splitsLines(mime string) bool {
	if strings.HasSuffix(mime, "json") || strings.HasSuffix(mime, "+json") {
		return false
	}
	return strings.HasPrefix(mime, "text/") || mime == "image/svg+xml" || mime == "application/javascript"
}

// mimeValue decodes one data entry: text kept as a list of lines is joined.
func mimeValue(mime string, raw json.RawMessage) (any, error) {
	if len(raw) > 0 && raw[0] == '[' && splitsLines(mime) {
		return multiline(raw)
	}
	var v any
	err := json.Unmarshal(raw, &v)
	return v, err
}

// splitLines splits s after each newline, as nbformat stores text.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// multiline decodes nbformat's multi-line string: a string or a list of
// strings that are joined.
func multiline(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []string
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", errors.New("expected a string or a list of strings")
	}
	return strings.Join(parts, ""), nil
}

func objectFields(data []byte) (map[string]json.RawMessage, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	if fields == nil {
		return nil, errors.New("null instead of an object")
	}
	return fields, nil
}

// take decodes fields[key] into dst (if present) and removes it, so what
// remains in fields is what this package does not know and keeps verbatim.
func take(fields map[string]json.RawMessage, key string, dst any) error {
	raw, ok := fields[key]
	if !ok {
		return nil
	}
	delete(fields, key)
	if err := json.Unmarshal(raw, dst); err != nil {
		return fmt.Errorf("%s: %w", key, err)
	}
	return nil
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
