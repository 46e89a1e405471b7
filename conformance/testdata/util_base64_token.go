package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

var (
	ErrMalformed = errors.New("malformed token")
	ErrSignature = errors.New("bad signature")
)

var secret = []byte("not-a-real-secret")

type Claims struct {
	UserID  uint32
	Expires int64
	Role    string
}

func encodeClaims(c Claims) []byte {
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, c.UserID)
	binary.Write(&buf, binary.BigEndian, c.Expires)
	buf.WriteString(c.Role)
	return buf.Bytes()
}

func sign(data []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write(data)
	return m.Sum(nil)
}

func Issue(c Claims) string {
	body := encodeClaims(c)
	enc := base64.RawURLEncoding
	return enc.EncodeToString(body) + "." + enc.EncodeToString(sign(body))
}

func Verify(tok string) (Claims, error) {
	bodyPart, sigPart, ok := strings.Cut(tok, ".")
	if !ok {
		return Claims{}, ErrMalformed
	}
	body, err := base64.RawURLEncoding.DecodeString(bodyPart)
	if err != nil {
		return Claims{}, fmt.Errorf("%w: body: %v", ErrMalformed, err)
	}
	if len(body) < 12 {
		return Claims{}, fmt.Errorf("%w: body too short (%d bytes)", ErrMalformed, len(body))
	}
	sig, err := base64.RawURLEncoding.DecodeString(sigPart)
	if err != nil {
		return Claims{}, fmt.Errorf("%w: sig: %v", ErrMalformed, err)
	}
	if !hmac.Equal(sig, sign(body)) {
		return Claims{}, ErrSignature
	}
	return Claims{
		UserID:  binary.BigEndian.Uint32(body[0:4]),
		Expires: int64(binary.BigEndian.Uint64(body[4:12])),
		Role:    string(body[12:]),
	}, nil
}

func main() {
	c := Claims{UserID: 1042, Expires: 1735689600, Role: "admin"}
	tok := Issue(c)
	fmt.Println("token:", tok)

	raw := encodeClaims(c)
	fmt.Println("hex body:", hex.EncodeToString(raw))
	fmt.Print(hex.Dump(raw))
	fmt.Println("std:", base64.StdEncoding.EncodeToString(raw))
	fmt.Println("url:", base64.URLEncoding.EncodeToString(raw))

	got, err := Verify(tok)
	fmt.Printf("verify ok: %+v err=%v\n", got, err)

	tampered := strings.Replace(tok, tok[:4], "AAAA", 1)
	_, err = Verify(tampered)
	fmt.Println("tampered:", err, errors.Is(err, ErrSignature))

	for _, bad := range []string{"no-dot-here", "!!!.abc", "AAAA.BBBB"} {
		_, err := Verify(bad)
		fmt.Printf("%-12s -> %v (malformed=%v)\n", bad, err, errors.Is(err, ErrMalformed))
	}

	b, err := hex.DecodeString("48656c6c6f2c20476f21")
	fmt.Printf("%s %v\n", b, err)
	_, err = hex.DecodeString("zz")
	fmt.Println("hex error:", err)
}
