package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// canonicalize re-encodes arbitrary JSON with sorted object keys, no
// insignificant whitespace, and numbers kept as written.
func canonicalize(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func digest(raw string) (string, string, error) {
	c, err := canonicalize([]byte(raw))
	if err != nil {
		return "", "", err
	}
	sum := sha256.Sum256(c)
	return string(c), hex.EncodeToString(sum[:]), nil
}

type Payment struct {
	To     string            `json:"to"`
	Amount int64             `json:"amount"`
	Memo   string            `json:"memo,omitempty"`
	Meta   map[string]string `json:"meta"`
}

func main() {
	docs := []string{
		`{"b": 2, "a": [1, 2, {"y": true, "x": null}], "c": "<tag>"}`,
		`{
			"c": "<tag>",
			"a": [1, 2, {"x": null, "y": true}],
			"b": 2
		}`,
		`{"a": [2, 1], "b": 2.0, "c": "<tag>"}`,
		`{"broken": `,
	}
	seen := map[string]int{}
	for i, d := range docs {
		c, h, err := digest(d)
		if err != nil {
			fmt.Printf("doc %d: error: %v\n", i, err)
			continue
		}
		fmt.Printf("doc %d: %s\n  %s\n", i, c, h)
		if prev, ok := seen[h]; ok {
			fmt.Printf("  same as doc %d\n", prev)
		}
		seen[h] = i
	}

	p := Payment{To: "acct-9", Amount: 1500, Meta: map[string]string{"z": "last", "a": "first"}}
	raw, _ := json.Marshal(p)
	c, h, _ := digest(string(raw))
	fmt.Println("struct:", c)
	fmt.Println("sha256:", h[:16]+"...", "len", len(h))

	hh := sha256.New()
	hh.Write([]byte(c[:10]))
	hh.Write([]byte(c[10:]))
	fmt.Println("streaming matches:", hex.EncodeToString(hh.Sum(nil)) == h)
	fmt.Printf("empty: %x\n", sha256.Sum256(nil))
}
