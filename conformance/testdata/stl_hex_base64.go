package main

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

type codec struct {
	name string
	enc  *base64.Encoding
}

func main() {
	msg := []byte("Hello, Gophers! \x00\x01\xfe\xff")
	h := hex.EncodeToString(msg)
	fmt.Println("hex:", h)
	dec, err := hex.DecodeString(h)
	fmt.Printf("decoded: %q err=%v\n", dec, err)
	fmt.Print(hex.Dump(msg))

	_, err = hex.DecodeString("abc")
	fmt.Println("odd length:", err, errors.Is(err, hex.ErrLength))
	_, err = hex.DecodeString("zz")
	var ie hex.InvalidByteError
	fmt.Println("invalid byte:", err, errors.As(err, &ie), byte(ie))

	dst := make([]byte, hex.EncodedLen(4))
	hex.Encode(dst, []byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println("encode into buffer:", string(dst), "decoded len:", hex.DecodedLen(len(dst)))
	fmt.Printf("fmt %%x: %x, %%X with space: % X\n", "hi!", []byte{1, 171, 255})

	codecs := []codec{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding},
		{"rawurl", base64.RawURLEncoding},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe?"}
	for _, in := range inputs {
		line := fmt.Sprintf("%-16q", in)
		for _, c := range codecs {
			line += fmt.Sprintf(" %s=%-9s", c.name, c.enc.EncodeToString([]byte(in)))
		}
		fmt.Println(strings.TrimRight(line, " "))
	}

	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9vYg", "Zm9v!mFy"} {
		out, err := base64.StdEncoding.DecodeString(s)
		var ce base64.CorruptInputError
		switch {
		case err == nil:
			fmt.Printf("decode %-9s -> %q\n", s, out)
		case errors.As(err, &ce):
			fmt.Printf("decode %-9s -> corrupt at byte %d\n", s, int64(ce))
		default:
			fmt.Printf("decode %-9s -> %v\n", s, err)
		}
	}
	raw, err := base64.RawStdEncoding.DecodeString("Zm9vYg")
	fmt.Printf("raw decode: %q %v\n", raw, err)

	fmt.Println("encoded len of 10 bytes:", base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10))
	fmt.Print("streaming encoder: ")
	enc := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	for i := range 3 {
		fmt.Fprintf(enc, "chunk%d;", i)
	}
	enc.Close()
	fmt.Println()

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	c := custom.EncodeToString([]byte("custom"))
	back, _ := custom.DecodeString(c)
	fmt.Println("custom alphabet:", c, "->", string(back))
	appended := base64.StdEncoding.AppendEncode([]byte("prefix:"), []byte("data"))
	fmt.Println("append encode:", string(appended))
}
