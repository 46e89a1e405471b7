package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

type Codec interface {
	Name() string
	Encode([]byte) string
	Decode(string) ([]byte, error)
}

type b64 struct {
	enc  *base64.Encoding
	name string
}

func (c b64) Name() string                    { return c.name }
func (c b64) Encode(b []byte) string          { return c.enc.EncodeToString(b) }
func (c b64) Decode(s string) ([]byte, error) { return c.enc.DecodeString(s) }

type hexCodec struct{}

func (hexCodec) Name() string                    { return "hex" }
func (hexCodec) Encode(b []byte) string          { return hex.EncodeToString(b) }
func (hexCodec) Decode(s string) ([]byte, error) { return hex.DecodeString(s) }

type b32 struct{}

func (b32) Name() string                    { return "base32" }
func (b32) Encode(b []byte) string          { return base32.StdEncoding.EncodeToString(b) }
func (b32) Decode(s string) ([]byte, error) { return base32.StdEncoding.DecodeString(s) }

var codecs = []Codec{
	b64{base64.StdEncoding, "base64"},
	b64{base64.URLEncoding, "base64url"},
	b64{base64.RawStdEncoding, "base64raw"},
	hexCodec{},
	b32{},
}

const inputs = `Man
hi?>
Go ♥ gophers
`

func main() {
	for line := range strings.Lines(inputs) {
		data := []byte(strings.TrimSuffix(line, "\n"))
		fmt.Printf("input %q (%d bytes)\n", data, len(data))
		for _, c := range codecs {
			enc := c.Encode(data)
			dec, err := c.Decode(enc)
			fmt.Printf("  %-10s %-34s roundtrip=%v err=%v\n", c.Name(), enc, string(dec) == string(data), err)
		}
	}

	bad := []struct {
		codec Codec
		s     string
	}{
		{codecs[0], "SGVsbG8@"},
		{codecs[3], "abc"},
		{codecs[3], "zz"},
		{codecs[2], "SGk="},
	}
	for _, b := range bad {
		_, err := b.codec.Decode(b.s)
		var cie base64.CorruptInputError
		fmt.Printf("%s(%q): %v | %T corrupt=%v lenErr=%v\n", b.codec.Name(), b.s, err, err,
			errors.As(err, &cie), errors.Is(err, hex.ErrLength))
	}

	fmt.Print(hex.Dump([]byte("Hello, gopher! 0123\x00\x7f")))
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("streamed "))
	w.Write([]byte("data"))
	w.Close()
	fmt.Println(sb.String(), base64.StdEncoding.EncodedLen(13), hex.DecodedLen(10))
}
