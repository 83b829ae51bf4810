package org.digiskill.engine.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Ed25519 key conversions and the Multikey form. */
class DataIntegrityKeysTest {
  // The key pair of the 1EdTech Open Badges 3.0 test vector.
  static final String SEED = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4";
  static final String PUBLIC = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5";
  static final String MULTIBASE = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

  @Test
  void theVectorsPublicKeyHasTheVectorsMultibase() {
    PublicKey key = Ed25519Keys.publicKey(HexFormat.of().parseHex(PUBLIC));
    assertThat(Ed25519Keys.toMultibase(key)).isEqualTo(MULTIBASE);
    assertThat(HexFormat.of().formatHex(Ed25519Keys.rawPublicKey(Ed25519Keys.fromMultibase(MULTIBASE)))).isEqualTo(PUBLIC);
  }

  @Test
  void theVectorsSeedSignsForTheVectorsPublicKey() throws Exception {
    var privateKey = Ed25519Keys.privateKey(HexFormat.of().parseHex(SEED));
    assertThat(HexFormat.of().formatHex(Ed25519Keys.seed(privateKey))).isEqualTo(SEED);
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(privateKey);
    signer.update(new byte[] {1, 2, 3});
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(Ed25519Keys.fromMultibase(MULTIBASE));
    verifier.update(new byte[] {1, 2, 3});
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void rawAndMultibaseFormsRoundTripForGeneratedKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    qt().withExamples(100).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      SecureRandom random;
      try {
        random = SecureRandom.getInstance("SHA1PRNG");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
      random.setSeed(seed);
      generator.initialize(255, random);
      KeyPair pair = generator.generateKeyPair();
      byte[] raw = Ed25519Keys.rawPublicKey(pair.getPublic());
      assertThat(raw).hasSize(32);
      assertThat(Ed25519Keys.publicKey(raw)).isEqualTo(pair.getPublic());
      String multibase = Ed25519Keys.toMultibase(pair.getPublic());
      assertThat(multibase).startsWith("z6Mk").hasSize(48);
      assertThat(Ed25519Keys.fromMultibase(multibase)).isEqualTo(pair.getPublic());
      byte[] seedBytes = Ed25519Keys.seed(pair.getPrivate());
      assertThat(Ed25519Keys.privateKey(seedBytes).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    });
  }

  @Test
  void refusesWhatIsNotAnEd25519Multikey() throws Exception {
    assertThatThrownBy(() -> Ed25519Keys.fromMultibase("6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ed25519Keys.fromMultibase("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hw"))
        .isInstanceOf(IllegalArgumentException.class);
    // A secp256k1 multikey prefix (0xe7 0x01).
    assertThatThrownBy(() -> Ed25519Keys.fromMultibase("zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme"))
        .isInstanceOf(IllegalArgumentException.class);
    KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
    assertThat(Ed25519Keys.isEd25519(ec.getPublic())).isFalse();
    assertThatThrownBy(() -> Ed25519Keys.rawPublicKey(ec.getPublic())).isInstanceOf(IllegalArgumentException.class);
    KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
    assertThat(Ed25519Keys.isEd25519(ed448.getPublic())).isFalse();
  }
}
