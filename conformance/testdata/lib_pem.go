package main

import (
	"bytes"
	"encoding/pem"
	"fmt"
)

func main() {
	data := []byte("hello, pem world! this payload is long enough to wrap across lines in base64 output.")
	block := &pem.Block{
		Type:    "MESSAGE",
		Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "Comment": "demo"},
		Bytes:   data,
	}
	enc := pem.EncodeToMemory(block)
	fmt.Print(string(enc))

	var buf bytes.Buffer
	_ = pem.Encode(&buf, &pem.Block{Type: "SHORT", Bytes: []byte{0, 1, 2, 3}})
	fmt.Print(buf.String())

	input := append([]byte("junk before\n"), enc...)
	input = append(input, buf.Bytes()...)
	input = append(input, "trailing text\n"...)

	rest := input
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		fmt.Printf("type=%s headers=%v len=%d\n", b.Type, b.Headers, len(b.Bytes))
		if b.Type == "MESSAGE" {
			fmt.Println("match:", bytes.Equal(b.Bytes, data))
		} else {
			fmt.Println("bytes:", b.Bytes)
		}
	}
	fmt.Printf("rest=%q\n", rest)

	b, r := pem.Decode([]byte("no pem here"))
	fmt.Println(b == nil, string(r))
}
